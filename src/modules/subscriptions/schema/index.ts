// The GraphQL types and fields of the subscriptions module.
import { registerErrorTypes } from '../../../shared/schema/user-error.js';
import * as refusals from '../errors.js';

// Every refusal the module defines gets its GraphQL type.
registerErrorTypes(Object.values(refusals));
import './service.js';
import './storage.js';
import './module.js';
import './lifecycle.js';
import './viewer.js';

export { ServiceRef } from './service.js';
import './service-subscriptions.js';
