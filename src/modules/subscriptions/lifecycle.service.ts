// The time-driven lifecycle (R3, R6, R10, R13): per service, planned by the
// pure planLifecycle and applied under a row lock taken with SKIP LOCKED, so
// several instances can run it at once and each service is handled by one.
// Idempotent: status changes are set by value, notifications are deduplicated
// by key, the auto-renew charge is recorded before it is requested.
import type { Prisma } from '../../generated/prisma/client.js';
import type { Actor, Scope } from '../../shared/scope.js';
import { audit } from '../../shared/audit.js';
import { recordEvents } from '../../shared/events.js';
import { addDays, toIsoDate } from '../../shared/domain/dates.js';
import { planLifecycle, type LifecycleInput } from './domain/lifecycle.js';
import type { Policy } from '../../shared/domain/policy.js';
import { usageBasisPoints } from './domain/storage.js';
import { RESTRICTION_REASONS, SERVICE_STATUSES, type RestrictionReason, type ServiceStatus } from '../../shared/domain/types.js';
import { serviceFacts } from './domain/subscription.js';
import { serviceFactsSelect } from './service.service.js';
import { queueNotifications, type QueuedNotification } from '../notifications/index.js';
import { renderEmail, type NotificationKind } from '../notifications/index.js';
import { MAX_LIFECYCLE_CLOCK_DRIFT_HOURS } from '../../shared/limits.js';
import { ClockOverrideNotAllowedError } from './errors.js';

export const LIFECYCLE_TX_OPTIONS = { maxWait: 60_000, timeout: 120_000 } as const;

/** The actor of everything the lifecycle does. */
export const LIFECYCLE_ACTOR: Actor = { type: null, id: 'lifecycle' };

/**
 * What the lifecycle needs from the modules that build on this one (documents,
 * commerce): provided once by the composition root (src/wiring.ts), so that
 * subscriptions never imports them.
 */
export interface LifecyclePorts {
  /** R6: deletes every document of a cancelled service inside `tx` and zeroes its storage; how many. */
  deleteAllDocuments(tx: Prisma.TransactionClient, serviceId: string): Promise<number>;
  /** R3: creates the automatic renewal order of the service and requests its charge; true when a charge was requested. */
  chargeAutoRenewal(scope: Scope, input: { serviceId: string }): Promise<boolean>;
}

let lifecyclePorts: LifecyclePorts | null = null;

export function provideLifecyclePorts(ports: LifecyclePorts): void {
  lifecyclePorts = ports;
}

function providedPorts(): LifecyclePorts {
  if (!lifecyclePorts) throw new Error('lifecycle ports not provided (import src/wiring.ts)');
  return lifecyclePorts;
}

export interface LifecycleSummary {
  asOf: Date;
  /** True when nothing was changed: the counts say what a real run would do. */
  dryRun: boolean;
  servicesExamined: number;
  /** Services another instance was processing (skipped). */
  servicesSkipped: number;
  statusChanges: number;
  enteredGrace: number;
  cancelled: number;
  documentsDeleted: number;
  autoRenewCharges: number;
  notificationsQueued: number;
}

const isStatus = (s: string | null): s is ServiceStatus => s !== null && (SERVICE_STATUSES as readonly string[]).includes(s);
const reasonsOf = (list: readonly string[]): RestrictionReason[] => RESTRICTION_REASONS.filter((r) => list.includes(r));

/** Key of the automatic renewal order of one expiry (as createAutoRenewOrder names it). */
export function autoRenewOrderKey(serviceId: string, expiresAt: Date): string {
  return `auto-renew:${serviceId}:${toIsoDate(expiresAt)}`;
}

interface ServiceOutcome {
  examined: boolean;
  statusChanges: number;
  enteredGrace: number;
  cancelled: number;
  documentsDeleted: number;
  notificationsQueued: number;
  charge: boolean;
}

/** Processes one service in one transaction; returns null when another instance holds it. */
async function processService(
  tx: Prisma.TransactionClient,
  ports: LifecyclePorts,
  serviceId: string,
  now: Date,
  policy: Policy,
): Promise<ServiceOutcome | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Service" WHERE "id" = ${serviceId} FOR UPDATE SKIP LOCKED`;
  if (locked.length === 0) return null;
  const row = await tx.service.findUnique({
    where: { id: serviceId },
    select: {
      ...serviceFactsSelect,
      accountId: true,
      username: true,
      recordedStatus: true,
      recordedReasons: true,
      autoRenewLastAttemptAt: true,
      autoRenewFailures: true,
      account: { select: { holder: { select: { name: true, referenceEmail: true, locale: true } } } },
    },
  });
  const out: ServiceOutcome = {
    examined: true,
    statusChanges: 0,
    enteredGrace: 0,
    cancelled: 0,
    documentsDeleted: 0,
    notificationsQueued: 0,
    charge: false,
  };
  if (!row) return out;
  const facts = serviceFacts(row, now, policy);

  // R3: attempts of the automatic renewal order of this expiry, from its payments.
  const autoOrder = await tx.order.findUnique({
    where: { accountId_idempotencyKey: { accountId: row.accountId, idempotencyKey: autoRenewOrderKey(row.id, row.expiresAt) } },
    include: { payments: { where: { status: 'FAILED' }, orderBy: { createdAt: 'asc' } } },
  });
  const failures = autoOrder?.payments.length ?? 0;
  const lastFailureAt = autoOrder?.payments.at(-1)?.createdAt ?? null;
  const lastAttempt = row.autoRenewLastAttemptAt;
  // A charge in flight (requested, outcome not yet received) must not be requested again.
  const chargeInFlight =
    autoOrder?.status === 'AWAITING_PAYMENT' &&
    lastAttempt !== null &&
    lastAttempt >= autoOrder.createdAt &&
    (lastFailureAt === null || lastFailureAt < lastAttempt);
  const manualRenewalOpen =
    (await tx.order.count({
      where: { serviceId: row.id, status: 'AWAITING_PAYMENT', automatic: false, type: { in: ['RENEWAL', 'REACTIVATION'] } },
    })) > 0;

  const input: LifecycleInput = {
    id: row.id,
    facts,
    recordedStatus: isStatus(row.recordedStatus) ? row.recordedStatus : facts.activatedAt === null ? 'PENDING' : 'ACTIVE',
    recordedReasons: reasonsOf(row.recordedReasons),
    renewalOrderOpen: manualRenewalOpen || chargeInFlight,
    autoRenewAttempts: failures,
    lastAutoRenewAttemptAt: lastAttempt,
  };
  const plan = planLifecycle(input, now, policy);
  const holder = row.account.holder;
  const notify: QueuedNotification[] = [];
  const expiry = toIsoDate(row.expiresAt);
  const render = (kind: NotificationKind, key: string, extra: { days?: number | undefined; attempt?: number } = {}) => {
    if (!holder) return;
    const email = renderEmail(kind, holder.locale, {
      holderName: holder.name,
      serviceUsername: row.username,
      expiresAt: expiry,
      graceEndsAt: toIsoDate(plan.state.graceEndsAt),
      percentUsed: usageBasisPoints(facts.usedBytes, facts.boughtGb, policy) / 100,
      ...extra,
    });
    notify.push({
      dedupKey: key,
      kind,
      serviceId: row.id,
      accountId: row.accountId,
      toEmail: holder.referenceEmail,
      locale: holder.locale,
      ...email,
    });
  };

  for (const action of plan.actions) {
    switch (action.type) {
      case 'ENTER_GRACE':
      case 'UPDATE_STATUS': {
        await tx.service.update({ where: { id: row.id }, data: { recordedStatus: action.status, recordedReasons: action.reasons } });
        out.statusChanges += 1;
        if (action.type === 'ENTER_GRACE') out.enteredGrace += 1;
        // Entering or leaving restricted mode is a domain event (webhooks, live updates), in this transaction.
        const before = input.recordedReasons.length > 0;
        const after = action.reasons.length > 0;
        if (before !== after) {
          const type = after ? 'service.restricted' : 'service.reactivated';
          await recordEvents(tx, [{ dedupKey: `${type}:${row.id}:${now.toISOString()}`, type, serviceId: row.id }], now);
        }
        break;
      }
      case 'CANCEL': {
        const deleted = await ports.deleteAllDocuments(tx, row.id);
        await tx.service.update({
          where: { id: row.id },
          data: {
            cancelledAt: row.cancelledAt ?? now,
            documentsDeletedAt: now,
            recordedStatus: 'CANCELLED',
            recordedReasons: [],
            autoRenewNextAttemptAt: null,
          },
        });
        await audit(tx, {
          actor: LIFECYCLE_ACTOR,
          action: 'SERVICE_CANCELLED',
          serviceId: row.id,
          data: { documentsDeleted: deleted, expiresAt: expiry },
          now,
        });
        render('SERVICE_CANCELLED', `SERVICE_CANCELLED:${row.id}:${expiry}`);
        out.cancelled += 1;
        out.documentsDeleted += deleted;
        out.statusChanges += 1;
        break;
      }
      case 'CHARGE_AUTO_RENEW':
        // Recorded before the charge is requested: a concurrent or repeated run
        // plans again under this row lock and sees the attempt.
        await tx.service.update({
          where: { id: row.id },
          data: { autoRenewLastAttemptAt: now, autoRenewNextAttemptAt: addDays(now, policy.autoRenewRetryDays) },
        });
        out.charge = true;
        break;
    }
  }
  if (row.autoRenewFailures !== failures) await tx.service.update({ where: { id: row.id }, data: { autoRenewFailures: failures } });
  // R3: every declined attempt is told to the holder (auto-renew stays on).
  for (let n = 1; n <= failures; n++)
    render('AUTO_RENEW_CHARGE_FAILED', `AUTO_RENEW_CHARGE_FAILED:${row.id}:${expiry}:${n}`, { attempt: n });
  for (const n of plan.notifications) render(n.type, n.key, { days: n.days });
  out.notificationsQueued = await queueNotifications(tx, notify, now);
  return out;
}

/** Thrown inside a dry run's transaction to roll back what processService wrote, carrying its outcome. */
class DryRunRollback extends Error {
  constructor(readonly outcome: ServiceOutcome | null) {
    super('dry run');
  }
}

/** One service as a dry run: processed in a transaction that is always rolled back. */
async function dryRunService(scope: Scope, ports: LifecyclePorts, serviceId: string, now: Date): Promise<ServiceOutcome | null> {
  try {
    await scope.prisma.$transaction(async (tx) => {
      throw new DryRunRollback(await processService(tx, ports, serviceId, now, scope.policy));
    }, LIFECYCLE_TX_OPTIONS);
  } catch (err) {
    if (err instanceof DryRunRollback) return err.outcome;
    throw err;
  }
  return null;
}

/**
 * Applies the lifecycle as of `now` to every service not yet recorded as
 * cancelled. Safe to run twice and from several instances at once. With
 * `dryRun`, every service is processed exactly as in a real run inside a
 * transaction that is rolled back, and no auto-renew charge is requested: the
 * summary tells what a real run would change, and nothing changes. A real run
 * that changed something, or that an operator asked for, is audited
 * (LIFECYCLE_RUN).
 */
export async function runLifecycle(scope: Scope, input: { now: Date; dryRun?: boolean }): Promise<LifecycleSummary> {
  const { prisma, policy } = scope;
  const { now } = input;
  const dryRun = input.dryRun ?? false;
  const ports = providedPorts();
  const candidates = await prisma.service.findMany({
    where: { activatedAt: { not: null }, OR: [{ recordedStatus: null }, { recordedStatus: { not: 'CANCELLED' } }] },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  const summary: LifecycleSummary = {
    asOf: now,
    dryRun,
    servicesExamined: 0,
    servicesSkipped: 0,
    statusChanges: 0,
    enteredGrace: 0,
    cancelled: 0,
    documentsDeleted: 0,
    autoRenewCharges: 0,
    notificationsQueued: 0,
  };
  for (const { id } of candidates) {
    const outcome = dryRun
      ? await dryRunService(scope, ports, id, now)
      : await prisma.$transaction((tx) => processService(tx, ports, id, now, policy), LIFECYCLE_TX_OPTIONS);
    if (!outcome) {
      summary.servicesSkipped += 1;
      continue;
    }
    summary.servicesExamined += 1;
    summary.statusChanges += outcome.statusChanges;
    summary.enteredGrace += outcome.enteredGrace;
    summary.cancelled += outcome.cancelled;
    summary.documentsDeleted += outcome.documentsDeleted;
    summary.notificationsQueued += outcome.notificationsQueued;
    if (outcome.charge) {
      if (dryRun) summary.autoRenewCharges += 1;
      // R3: the renewal order with the previous payment method, charged through the provider.
      else if (await ports.chargeAutoRenewal({ ...scope, now, actor: LIFECYCLE_ACTOR }, { serviceId: id })) summary.autoRenewCharges += 1;
    }
  }
  if (dryRun) return summary;
  const counts = {
    servicesExamined: summary.servicesExamined,
    servicesSkipped: summary.servicesSkipped,
    statusChanges: summary.statusChanges,
    cancelled: summary.cancelled,
    documentsDeleted: summary.documentsDeleted,
    autoRenewCharges: summary.autoRenewCharges,
    notificationsQueued: summary.notificationsQueued,
  };
  await prisma.lifecycleRun.create({
    data: {
      asOf: now,
      startedAt: now,
      summary: {
        servicesExamined: summary.servicesExamined,
        servicesSkipped: summary.servicesSkipped,
        statusChanges: summary.statusChanges,
        cancelled: summary.cancelled,
        autoRenewCharges: summary.autoRenewCharges,
        notificationsQueued: summary.notificationsQueued,
      },
    },
  });
  if (summary.statusChanges + summary.autoRenewCharges > 0 || scope.actor.type === 'OPERATOR') {
    await audit(prisma, { actor: scope.actor, action: 'LIFECYCLE_RUN', data: { asOf: now.toISOString(), ...counts }, now: scope.clock() });
  }
  return summary;
}

/** The refusals of the runLifecycle mutation (its payload union is built from these). */
export const runLifecycleRefusals = [ClockOverrideNotAllowedError] as const;

/**
 * The operator's runLifecycle: refuses a `now` farther than a day from the
 * real clock unless the server runs with ALLOW_CLOCK_OVERRIDE (a far-future
 * `now` would cancel every service and delete its documents at once).
 */
export async function requestLifecycleRun(scope: Scope, input: { now: Date; dryRun: boolean }): Promise<LifecycleSummary> {
  const driftMs = Math.abs(input.now.getTime() - scope.clock().getTime());
  if (!scope.config.ALLOW_CLOCK_OVERRIDE && driftMs > MAX_LIFECYCLE_CLOCK_DRIFT_HOURS * 3_600_000) {
    throw new ClockOverrideNotAllowedError({ maxDriftHours: MAX_LIFECYCLE_CLOCK_DRIFT_HOURS });
  }
  return runLifecycle(scope, input);
}
