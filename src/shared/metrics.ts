// Application counters shared by the modules, registered on each app's
// metrics registry (GET /metrics, src/shared/http/observability.ts).
import { Counter } from 'prom-client';

/** Operator alerts raised by this process, by kind (payment mismatches, payments of cancelled orders). */
export const operatorAlertsCounter = new Counter({
  name: 'operator_alerts_total',
  help: 'Operator alerts raised (also audit rows OPERATOR_ALERT), by kind',
  labelNames: ['kind'] as const,
  registers: [],
});
