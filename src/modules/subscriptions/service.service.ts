// Service reads: the stored facts of a service mapped to the pure domain
// functions (R2-R6, R8-R11, R14-R16) with the request's `now` and policy.
import type { Policy } from '../../shared/domain/policy.js';
import { availableActions, deriveService, type ActionAvailability, type ServiceFacts, type ServiceState } from './domain/service.js';
import { storageUsage, type StorageUsage } from './domain/storage.js';
import type { StorageCategory } from '../../shared/domain/types.js';
import type { ItemKind, ModuleCode, PaymentMethod } from '../../generated/prisma/enums.js';

/** The Prisma selection every derived field of a service needs. */
export const serviceFactsSelect = {
  id: true,
  createdAt: true,
  activatedAt: true,
  expiresAt: true,
  cancelledAt: true,
  autoRenewEnabled: true,
  autoRenewMethod: true,
  storage: true,
  items: { select: { kind: true, module: true, quantity: true, startsAt: true, expiresAt: true } },
} as const;

export interface ItemRow {
  kind: ItemKind;
  module: ModuleCode | null;
  quantity: number;
  startsAt: Date;
  expiresAt: Date;
}

export interface CounterRow {
  usedBytes: bigint;
  invoicesSentBytes: bigint;
  invoicesReceivedBytes: bigint;
  documentsBytes: bigint;
  installmentsBytes: bigint;
  electronicOrdersBytes: bigint;
}

export interface ServiceRow {
  createdAt: Date;
  activatedAt: Date | null;
  expiresAt: Date;
  cancelledAt: Date | null;
  autoRenewEnabled: boolean;
  autoRenewMethod: PaymentMethod | null;
  storage: CounterRow | null;
  items: ItemRow[];
}

/**
 * The instant at which items count as "held": now, or during the grace period
 * (and after) the last instant before the service expired, so that an expired
 * service still shows what it had bought.
 */
function referenceInstant(row: ServiceRow, now: Date): Date {
  return now.getTime() < row.expiresAt.getTime() ? now : new Date(row.expiresAt.getTime() - 1);
}

/** Items in force at the reference instant. */
export function heldItems(row: ServiceRow, now: Date): ItemRow[] {
  const at = referenceInstant(row, now).getTime();
  return row.items.filter((i) => i.startsAt.getTime() <= at && i.expiresAt.getTime() > at);
}

/** R8: GB bought, included GB plus extra storage items in force. */
export function boughtGb(row: ServiceRow, now: Date, policy: Policy): number {
  return policy.includedStorageGb + heldItems(row, now).filter((i) => i.kind === 'STORAGE').reduce((s, i) => s + i.quantity, 0);
}

/** R16: user seats in force. */
export function boughtSeats(row: ServiceRow, now: Date): number {
  return heldItems(row, now).filter((i) => i.kind === 'USERS').reduce((s, i) => s + i.quantity, 0);
}

/** R15: modules in force, each with the latest expiry of its items. */
export function boughtModules(row: ServiceRow, now: Date): { module: ModuleCode; expiresAt: Date }[] {
  const at = referenceInstant(row, now).getTime();
  const held = new Set(heldItems(row, now).flatMap((i) => (i.kind === 'MODULE' && i.module ? [i.module] : [])));
  const byModule = new Map<ModuleCode, Date>();
  for (const i of row.items) {
    if (i.kind !== 'MODULE' || !i.module || !held.has(i.module) || i.expiresAt.getTime() <= at) continue;
    const prev = byModule.get(i.module);
    if (!prev || prev < i.expiresAt) byModule.set(i.module, i.expiresAt);
  }
  return [...byModule.entries()].map(([module, expiresAt]) => ({ module, expiresAt }));
}

export function usedBytes(row: ServiceRow): number {
  return Number(row.storage?.usedBytes ?? 0n);
}

export function serviceFacts(row: ServiceRow, now: Date, policy: Policy): ServiceFacts {
  return {
    activatedAt: row.activatedAt,
    expiresAt: row.expiresAt,
    cancelledAt: row.cancelledAt,
    autoRenewEnabled: row.autoRenewEnabled,
    autoRenewMethod: row.autoRenewMethod,
    usedBytes: usedBytes(row),
    boughtGb: boughtGb(row, now, policy),
  };
}

export function serviceState(row: ServiceRow, now: Date, policy: Policy): ServiceState {
  return deriveService(serviceFacts(row, now, policy), now, policy);
}

export function serviceActions(row: ServiceRow, now: Date, policy: Policy): ActionAvailability[] {
  return availableActions(serviceFacts(row, now, policy), now, policy);
}

/** R8-R11 from the running StorageCounter (never a sum over documents). */
export function serviceStorage(row: ServiceRow, now: Date, policy: Policy): StorageUsage {
  const c = row.storage;
  const breakdown: Record<StorageCategory, number> = {
    INVOICES_SENT: Number(c?.invoicesSentBytes ?? 0n),
    INVOICES_RECEIVED: Number(c?.invoicesReceivedBytes ?? 0n),
    DOCUMENTS: Number(c?.documentsBytes ?? 0n),
    INSTALLMENTS: Number(c?.installmentsBytes ?? 0n),
    ELECTRONIC_ORDERS: Number(c?.electronicOrdersBytes ?? 0n),
  };
  return storageUsage(
    { usedBytes: usedBytes(row), boughtGb: boughtGb(row, now, policy), breakdown, since: row.activatedAt ?? row.createdAt, expiresAt: row.expiresAt },
    now,
    policy,
  );
}
