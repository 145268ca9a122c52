/**
 * Lifecycle planning for one service at `now` (R3, R6, R10, R13): which actions and notifications are due.
 * Pure: the caller applies the plan; every item carries a stable `key` so applying twice changes nothing.
 */
import { daysBetween, startOfUtcDay, toIsoDate } from '../../../shared/domain/dates.js';
import type { Policy } from '../../../shared/domain/policy.js';
import { autoRenewFromPayment, cancellationDueAt, deriveService } from './service.js';
import type { ServiceFacts, ServiceState } from './service.js';
import { isStorageWarning } from './storage.js';
import type { PaymentMethod, RestrictionReason, ServiceStatus } from '../../../shared/domain/types.js';

export interface LifecycleInput {
  id: string;
  facts: ServiceFacts;
  /** Status and reasons currently stored for the service. */
  recordedStatus: ServiceStatus;
  recordedReasons: readonly RestrictionReason[];
  /** A renewal order for the current expiry is awaiting payment (auto-renew must not charge again). */
  renewalOrderOpen: boolean;
  /** Failed auto-renew charge attempts for the current expiry. */
  autoRenewAttempts: number;
  lastAutoRenewAttemptAt: Date | null;
}

export type LifecycleAction =
  | { type: 'CHARGE_AUTO_RENEW'; key: string; method: PaymentMethod; attempt: number }
  | { type: 'ENTER_GRACE'; key: string; status: ServiceStatus; reasons: RestrictionReason[] }
  | { type: 'CANCEL'; key: string }
  | { type: 'UPDATE_STATUS'; key: string; status: ServiceStatus; reasons: RestrictionReason[] };

export type NotificationType =
  'EXPIRY_WARNING' | 'STORAGE_WARNING' | 'STORAGE_FULL' | 'GRACE_STARTED' | 'DELETION_NOTICE' | 'AUTO_RENEW_FAILED';

export interface LifecycleNotification {
  type: NotificationType;
  /** Dedup key, unique per service and occurrence. */
  key: string;
  serviceId: string;
  /** DELETION_NOTICE: days left before deletion; EXPIRY_WARNING: days to expiry. */
  days?: number;
}

export interface LifecyclePlan {
  state: ServiceState;
  actions: LifecycleAction[];
  notifications: LifecycleNotification[];
}

const sameReasons = (a: readonly RestrictionReason[], b: readonly RestrictionReason[]): boolean =>
  a.length === b.length && a.every((r) => b.includes(r));

/** R3: the auto-renew charge, if due today (with retries spaced by autoRenewRetryDays). */
function autoRenewCharge(input: LifecycleInput, state: ServiceState, now: Date, policy: Policy): LifecycleAction | null {
  const method = input.facts.autoRenewMethod;
  if (!state.autoRenew || state.autoRenewAt === null || method === null || !autoRenewFromPayment(method)) return null;
  if (state.status === 'PENDING' || state.status === 'CANCELLED' || input.renewalOrderOpen) return null;
  if (startOfUtcDay(now) < state.autoRenewAt || input.autoRenewAttempts >= policy.autoRenewMaxAttempts) return null;
  const last = input.lastAutoRenewAttemptAt;
  if (last !== null && daysBetween(last, now) < policy.autoRenewRetryDays) return null;
  const attempt = input.autoRenewAttempts + 1;
  return { type: 'CHARGE_AUTO_RENEW', key: `AUTO_RENEW:${input.id}:${toIsoDate(input.facts.expiresAt)}:${attempt}`, method, attempt };
}

/**
 * Status transitions to record: entering grace, cancellation, other changes (e.g. STORAGE_FULL on/off, R13).
 * Setting a status is idempotent by value; UPDATE_STATUS keys include the day for logging only.
 */
function statusActions(input: LifecycleInput, state: ServiceState, expiry: string, now: Date): LifecycleAction[] {
  const { id } = input;
  if (state.status === 'CANCELLED') {
    return input.recordedStatus === 'CANCELLED' ? [] : [{ type: 'CANCEL', key: `CANCEL:${id}:${expiry}` }];
  }
  if (state.reasons.includes('EXPIRED') && !input.recordedReasons.includes('EXPIRED')) {
    return [{ type: 'ENTER_GRACE', key: `ENTER_GRACE:${id}:${expiry}`, status: state.status, reasons: state.reasons }];
  }
  if (state.status !== input.recordedStatus || !sameReasons(state.reasons, input.recordedReasons)) {
    const key = `UPDATE_STATUS:${id}:${toIsoDate(now)}:${state.status}:${state.reasons.join('+') || 'NONE'}`;
    return [{ type: 'UPDATE_STATUS', key, status: state.status, reasons: state.reasons }];
  }
  return [];
}

function notificationsDue(input: LifecycleInput, state: ServiceState, now: Date, policy: Policy): LifecycleNotification[] {
  const { id: serviceId, facts } = input;
  const expiry = toIsoDate(facts.expiresAt);
  const out: LifecycleNotification[] = [];
  const add = (type: NotificationType, key: string, days?: number): void => {
    out.push({ type, key, serviceId, ...(days !== undefined ? { days } : {}) });
  };
  const expired = state.reasons.includes('EXPIRED');
  if (state.expiryWarning && !expired) add('EXPIRY_WARNING', `EXPIRY_WARNING:${serviceId}:${expiry}`, state.daysToExpiry);
  const storageKey = `${serviceId}:${facts.boughtGb}:${expiry}`;
  if (state.reasons.includes('STORAGE_FULL')) add('STORAGE_FULL', `STORAGE_FULL:${storageKey}`);
  else if (isStorageWarning(facts.usedBytes, facts.boughtGb, policy)) add('STORAGE_WARNING', `STORAGE_WARNING:${storageKey}`);
  if (expired) {
    add('GRACE_STARTED', `GRACE_STARTED:${serviceId}:${expiry}`);
    const daysLeft = daysBetween(now, cancellationDueAt(facts.expiresAt, policy));
    const reached = policy.deletionNoticeDays.filter((d) => daysLeft <= d);
    if (reached.length > 0) {
      const tightest = Math.min(...reached);
      add('DELETION_NOTICE', `DELETION_NOTICE:${serviceId}:${expiry}:${tightest}`, daysLeft);
    }
  }
  const autoRenewExhausted = state.autoRenew && input.autoRenewAttempts >= policy.autoRenewMaxAttempts;
  if (autoRenewExhausted && !input.renewalOrderOpen) add('AUTO_RENEW_FAILED', `AUTO_RENEW_FAILED:${serviceId}:${expiry}`);
  return out;
}

/** Everything due for one service at `now`. PENDING services get nothing. */
export function planLifecycle(input: LifecycleInput, now: Date, policy: Policy): LifecyclePlan {
  const state = deriveService(input.facts, now, policy);
  if (state.status === 'PENDING') return { state, actions: [], notifications: [] };
  const expiry = toIsoDate(input.facts.expiresAt);
  const actions = statusActions(input, state, expiry, now);
  if (state.status === 'CANCELLED') return { state, actions, notifications: [] };
  const charge = autoRenewCharge(input, state, now, policy);
  if (charge !== null) actions.unshift(charge);
  return { state, actions, notifications: notificationsDue(input, state, now, policy) };
}
