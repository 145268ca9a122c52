// Public API of the commerce module (carts, checkout, orders, payments, effects).
export { chargeAutoRenewal } from './auto-renew.service.js';
export { nextOrderNumber } from './order-number.js';
// The demo seed replays later orders through these, as clients do (src/seed/demo.ts).
export { addCartModule, createCart, setCartLineQuantity } from './cart.service.js';
export { checkout, createAutoRenewOrder } from './checkout.service.js';
export { cancelOrder, registerPaymentTx } from './payment.service.js';
export { priceFirstPurchase } from './domain/cart.js';
