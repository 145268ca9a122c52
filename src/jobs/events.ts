// Event dispatcher: publishes the outbox's new domain events to the
// live-update subscribers and creates their webhook deliveries
// (src/shared/events.ts), every EVENTS_INTERVAL_MS; then the webhook
// deliveries due, every WEBHOOKS_INTERVAL_MS.
import { registerJob } from '../shared/jobs.js';
import { deliverDueWebhooks, dispatchEvents } from '../modules/notifications/index.js';

registerJob({
  name: 'events',
  intervalMs: (deps) => deps.config.EVENTS_INTERVAL_MS,
  run: async (deps) => {
    await dispatchEvents(deps, deps.clock());
  },
});

registerJob({
  name: 'webhooks',
  intervalMs: (deps) => deps.config.WEBHOOKS_INTERVAL_MS,
  run: async (deps) => {
    const result = await deliverDueWebhooks(deps, deps.clock());
    if (result.attempted > 0) deps.log.info({ result }, 'webhook deliveries');
  },
});
