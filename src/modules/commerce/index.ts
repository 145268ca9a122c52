// Public API of the commerce module (carts, checkout, orders, payments, effects).
export { chargeAutoRenewal } from './auto-renew.service.js';
export { nextOrderNumber } from './order-number.js';
