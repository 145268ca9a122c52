// Notification outbox sender: SMTP when SMTP_URL is set, otherwise logged.
// Runs with the lifecycle interval's cadence bounded to 30 s (0 disables it).
import { registerJob } from '../shared/jobs.js';
import { systemScope } from '../shared/scope.js';
import { mailSenderFor, sendPendingNotifications } from '../modules/notifications/index.js';

registerJob({
  name: 'outbox',
  intervalMs: (deps) => deps.config.OUTBOX_INTERVAL_SECONDS * 1000,
  run: async (deps) => {
    const scope = systemScope(deps, 'outbox');
    const result = await sendPendingNotifications(scope, { sender: mailSenderFor(deps), now: scope.now, from: scope.config.MAIL_FROM });
    if (result.claimed > 0) deps.log.info({ result }, 'outbox batch');
  },
});
