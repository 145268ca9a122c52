// Public API of the subscriptions module (service state, storage, modules, seats, lifecycle).
export { adjustCounter, loadServiceFacts, lockCounter, reconcileStorage, type LoadedService } from './storage.service.js';
export { LIFECYCLE_ACTOR, provideLifecyclePorts, runLifecycle, type LifecyclePorts, type LifecycleSummary } from './lifecycle.service.js';
export { loadSubscription, serviceFactsInclude, serviceFactsSelect, type LoadedSubscription } from './service.service.js';
