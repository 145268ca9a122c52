// Lifecycle scheduler (R3, R6): every LIFECYCLE_INTERVAL_SECONDS (0 disables it).
import { registerJob } from '../shared/jobs.js';
import { runLifecycle } from '../modules/subscriptions/lifecycle.service.js';

registerJob({
  name: 'lifecycle',
  intervalMs: (deps) => deps.config.LIFECYCLE_INTERVAL_SECONDS * 1000,
  run: async (deps) => {
    const summary = await runLifecycle(deps, deps.clock());
    const changed = summary.statusChanges + summary.autoRenewCharges + summary.notificationsQueued > 0;
    if (changed) deps.log.info({ summary }, 'lifecycle run');
    else deps.log.debug({ summary }, 'lifecycle run');
  },
});
