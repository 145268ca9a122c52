// Alerts to the operator (payment anomalies the system must not fix on its
// own): recorded in the audit log (action OPERATOR_ALERT), counted by the
// `operator_alerts_total` metric, logged at error level, and e-mailed through
// the outbox to OPERATOR_ALERT_EMAIL when it is set.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import { audit } from '../../shared/audit.js';
import type { Config } from '../../shared/config.js';
import type { Logger } from '../../shared/logger.js';
import type { Actor } from '../../shared/scope.js';
import { operatorAlertsCounter } from '../../shared/metrics.js';
import { messages, type Locale, type OperatorAlertVars } from '../../i18n/index.js';
import { queueNotifications } from './notification.service.js';

export type OperatorAlertKind = 'PAYMENT_MISMATCH' | 'PAID_AFTER_CANCEL';

/** The audit action of every operator alert. */
export const OPERATOR_ALERT_ACTION = 'OPERATOR_ALERT';

export interface OperatorAlert {
  kind: OperatorAlertKind;
  /** Identifies the anomaly: the same key alerts once. */
  key: string;
  vars: OperatorAlertVars;
  orderId?: string | null;
  serviceId?: string | null;
}

/** Records and sends an operator alert inside `db` (a transaction: the alert commits with what it is about). */
export async function alertOperator(
  db: PrismaClient | Prisma.TransactionClient,
  deps: { config: Config; log: Logger },
  alert: OperatorAlert,
  actor: Actor,
  now: Date,
): Promise<void> {
  await audit(db, {
    actor,
    action: OPERATOR_ALERT_ACTION,
    orderId: alert.orderId ?? null,
    serviceId: alert.serviceId ?? null,
    data: { kind: alert.kind, key: alert.key, ...alert.vars },
    now,
  });
  deps.log.error({ alert: alert.kind, key: alert.key, ...alert.vars }, 'operator alert');
  operatorAlertsCounter.inc({ kind: alert.kind });
  const to = deps.config.OPERATOR_ALERT_EMAIL;
  if (to === undefined) return;
  const locale: Locale = 'en';
  const email = messages(locale).operatorAlerts[alert.kind](alert.vars);
  await queueNotifications(
    db,
    [
      {
        dedupKey: `${OPERATOR_ALERT_ACTION}:${alert.kind}:${alert.key}`,
        kind: OPERATOR_ALERT_ACTION,
        serviceId: alert.serviceId ?? null,
        accountId: null,
        toEmail: to,
        locale,
        subject: email.subject,
        text: email.text,
      },
    ],
    now,
  );
}
