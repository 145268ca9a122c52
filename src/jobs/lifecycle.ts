// Lifecycle scheduler (R3, R6): every LIFECYCLE_INTERVAL_SECONDS (0 disables it).
import { registerJob } from '../shared/jobs.js';
import { systemScope } from '../shared/scope.js';
import '../wiring.js';
import { runLifecycle } from '../modules/subscriptions/index.js';

registerJob({
  name: 'lifecycle',
  intervalMs: (deps) => deps.config.LIFECYCLE_INTERVAL_SECONDS * 1000,
  run: async (deps) => {
    const scope = systemScope(deps, 'lifecycle');
    const summary = await runLifecycle(scope, { now: scope.now });
    const changed = summary.statusChanges + summary.autoRenewCharges + summary.notificationsQueued > 0;
    if (changed) deps.log.info({ summary }, 'lifecycle run');
    else deps.log.debug({ summary }, 'lifecycle run');
  },
});
