// Imports every type module; the order only matters for the printed schema's
// readability, which is sorted anyway.
import './root.js';
import './scalars.js';
import './user-error.js';
import './money.js';
import './enums.js';
import './catalog.js';
import './auth.js';
import './service.js';
import './order.js';
import './document.js';
import './document-mutations.js';
import './lifecycle.js';
import './cart.js';
import './cart-mutations.js';
import './checkout.js';
import './order-mutations.js';
import './auto-renew.js';
import './storage.js';
import './module.js';
import './user.js';
import './order-line.js';
import './account.js';
import './viewer.js';
