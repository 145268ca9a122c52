// Public pure rules of the subscriptions module.
export * from './service.js';
export * from './storage.js';
export * from './subscription.js';
