/** Service state derived at `now` (R2-R6, R10, R13, R14). */
import { addDays, daysBetween, startOfUtcDay } from '../../../shared/domain/dates.js';
import type { Policy } from '../../../shared/domain/policy.js';
import { SERVICE_ACTIONS } from '../../../shared/domain/types.js';
import type { ActionBlockCode, PaymentMethod, RestrictionReason, ServiceAction, ServiceStatus } from '../../../shared/domain/types.js';
export type { ActionBlockCode } from '../../../shared/domain/types.js';

/** Stored facts of one service; everything else is derived from them. */
export interface ServiceFacts {
  /** null while the first purchase is unpaid (PENDING). */
  activatedAt: Date | null;
  /** Expiry calendar day at 00:00 UTC. */
  expiresAt: Date;
  /** Set when the service was cancelled explicitly (or recorded as cancelled by the lifecycle). */
  cancelledAt: Date | null;
  autoRenewEnabled: boolean;
  autoRenewMethod: PaymentMethod | null;
  usedBytes: number;
  /** Total GB bought, including `policy.includedStorageGb`. */
  boughtGb: number;
}

export interface ServiceState {
  status: ServiceStatus;
  /** Restriction reasons in fixed order EXPIRED, STORAGE_FULL; empty when PENDING or CANCELLED. */
  reasons: RestrictionReason[];
  restrictedMode: boolean;
  /** Whole days from today (UTC) to the expiry day; 0 on the expiry day, negative after. */
  daysToExpiry: number;
  expiryWarning: boolean;
  /** Last day of the grace period. */
  graceEndsAt: Date;
  autoRenew: boolean;
  autoRenewAt: Date | null;
}

export interface ActionAvailability {
  action: ServiceAction;
  available: boolean;
  reasonCode: ActionBlockCode | null;
}

/** R3: auto-renew turns on when the last paid order was paid by card or PayPal. */
export function autoRenewFromPayment(method: PaymentMethod): boolean {
  return method === 'CREDIT_CARD' || method === 'PAYPAL';
}

/** R6: last day of the grace period (expiry day + graceDays). */
export function graceEndsAt(expiresAt: Date, policy: Policy): Date {
  return addDays(expiresAt, policy.graceDays);
}

/** R6: first day on which the service is cancelled and its documents deleted. */
export function cancellationDueAt(expiresAt: Date, policy: Policy): Date {
  return addDays(expiresAt, policy.graceDays + 1);
}

/** Days from today (UTC) to the expiry day. */
export function daysToExpiry(expiresAt: Date, now: Date): number {
  return daysBetween(startOfUtcDay(now), expiresAt);
}

/** R10: storage is full when used >= bought. */
export function isStorageFull(usedBytes: number, boughtGb: number, policy: Policy): boolean {
  return usedBytes >= boughtGb * policy.bytesPerGb;
}

/** Status and restriction reasons only (R5, R6, R10). */
export function deriveStatus(facts: ServiceFacts, now: Date, policy: Policy): { status: ServiceStatus; reasons: RestrictionReason[] } {
  if (facts.activatedAt === null) return { status: 'PENDING', reasons: [] };
  const graceDay = -daysToExpiry(facts.expiresAt, now);
  if (facts.cancelledAt !== null || graceDay > policy.graceDays) return { status: 'CANCELLED', reasons: [] };
  const reasons: RestrictionReason[] = [];
  if (graceDay >= 0) reasons.push('EXPIRED');
  if (isStorageFull(facts.usedBytes, facts.boughtGb, policy)) reasons.push('STORAGE_FULL');
  return { status: reasons.length > 0 ? 'SUSPENDED' : 'ACTIVE', reasons };
}

/** Full derived state of a service at `now`. */
export function deriveService(facts: ServiceFacts, now: Date, policy: Policy): ServiceState {
  const { status, reasons } = deriveStatus(facts, now, policy);
  const days = daysToExpiry(facts.expiresAt, now);
  const autoRenew = facts.autoRenewEnabled;
  return {
    status,
    reasons,
    restrictedMode: reasons.length > 0,
    daysToExpiry: days,
    expiryWarning: status !== 'CANCELLED' && status !== 'PENDING' && days <= policy.expiryWarningDays,
    graceEndsAt: graceEndsAt(facts.expiresAt, policy),
    autoRenew,
    autoRenewAt: autoRenew ? addDays(facts.expiresAt, -policy.autoRenewLeadDays) : null,
  };
}

function blockedBy(state: ServiceState, action: ServiceAction): ActionBlockCode | null {
  if (state.status === 'PENDING') return 'PENDING_FIRST_PAYMENT';
  if (state.status === 'CANCELLED') return 'CANCELLED';
  const expired = state.reasons.includes('EXPIRED');
  switch (action) {
    case 'REACTIVATE':
      return expired ? null : 'NOT_IN_GRACE_PERIOD';
    case 'RENEW':
      if (expired) return 'IN_GRACE_PERIOD';
      return state.autoRenew ? 'AUTO_RENEW_ON' : null;
    case 'INCREASE_STORAGE':
    case 'ADD_USERS':
    case 'ADD_MODULES':
      return expired ? 'IN_GRACE_PERIOD' : null;
  }
}

/** R4, R6, R14: every ServiceAction with whether it is offered and, if not, why. */
export function availableActions(facts: ServiceFacts, now: Date, policy: Policy): ActionAvailability[] {
  const state = deriveService(facts, now, policy);
  return SERVICE_ACTIONS.map((action) => {
    const code = blockedBy(state, action);
    return { action, available: code === null, reasonCode: code };
  });
}

/** R14: what the holder and panel users may do with documents, given the derived state. */
export interface DocumentPermissions {
  /** Read and download existing documents. */
  canRead: boolean;
  /** Create, edit or send sent invoices and other documents. */
  canWrite: boolean;
  /** Delete documents (kept in restricted mode so storage can be freed, R10). */
  canDelete: boolean;
  /** Received invoices keep arriving (even past 100%). */
  canReceiveInvoices: boolean;
}

export function documentPermissions(state: Pick<ServiceState, 'status' | 'reasons'>): DocumentPermissions {
  if (state.status === 'PENDING' || state.status === 'CANCELLED') {
    return { canRead: false, canWrite: false, canDelete: false, canReceiveInvoices: false };
  }
  return { canRead: true, canWrite: state.reasons.length === 0, canDelete: true, canReceiveInvoices: true };
}
