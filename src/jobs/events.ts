// Event dispatcher: publishes the outbox's new domain events to the
// live-update subscribers (src/shared/events.ts), every EVENTS_INTERVAL_MS.
import { registerJob } from '../shared/jobs.js';
import { publishPendingEvents } from '../shared/events.js';

registerJob({
  name: 'events',
  intervalMs: (deps) => deps.config.EVENTS_INTERVAL_MS,
  run: async (deps) => {
    await publishPendingEvents(deps, deps.clock());
  },
});
