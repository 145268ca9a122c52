// The GraphQL types and fields of the commerce module.
import { registerErrorTypes } from '../../../shared/schema/user-error.js';
import * as refusals from '../errors.js';

// Every refusal the module defines gets its GraphQL type.
registerErrorTypes(Object.values(refusals));
import './cart.js';
import './cart-mutations.js';
import './checkout.js';
import './order.js';
import './order-line.js';
import './order-mutations.js';
import './auto-renew.js';
import './viewer.js';
import './order-subscriptions.js';
