// The GraphQL types and fields of the subscriptions module.
import './service.js';
import './storage.js';
import './module.js';
import './lifecycle.js';
import './viewer.js';

export { ServiceRef } from './service.js';
