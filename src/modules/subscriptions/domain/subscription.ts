/**
 * The one answer to "what does this service hold now" (R8, R15, R16, R17, R20):
 * items in force, storage bought, seats, modules, and the per-kind summary that
 * carts restate. Read API, storage gates, lifecycle, carts and order effects all
 * derive from here.
 */
import type { Policy } from '../../../shared/domain/policy.js';
import type { LineKind, ModuleCode, PaymentMethod, StorageCategory } from '../../../shared/domain/types.js';
import { availableActions, deriveService, type ActionAvailability, type ServiceFacts, type ServiceState } from './service.js';
import { storageUsage, type StorageUsage } from './storage.js';

/** One subscription item: what a paid order line left the service with. */
export interface Item {
  kind: LineKind;
  module: ModuleCode | null;
  quantity: number;
  startsAt: Date;
  expiresAt: Date;
}

/** Per-category bytes of the storage counter. */
export interface Counter {
  usedBytes: bigint;
  invoicesSentBytes: bigint;
  invoicesReceivedBytes: bigint;
  documentsBytes: bigint;
  installmentsBytes: bigint;
  electronicOrdersBytes: bigint;
}

/** The stored facts of a service the model reads. */
export interface Subscription {
  createdAt: Date;
  activatedAt: Date | null;
  expiresAt: Date;
  cancelledAt: Date | null;
  autoRenewEnabled: boolean;
  autoRenewMethod: PaymentMethod | null;
  storage: Counter | null;
  items: Item[];
}

/** What the service holds of one kind (and module). */
export interface Holding {
  kind: LineKind;
  module: ModuleCode | null;
  quantity: number;
  /** Latest expiry of the items held. */
  expiresAt: Date;
}

/** Identity of an item line: its kind, and its module for modules. */
export function itemKey(kind: LineKind, module: ModuleCode | null | undefined): string {
  return kind === 'MODULE' ? `MODULE:${module ?? ''}` : kind;
}

/**
 * The instant at which items count as "held": now, or during the grace period
 * (and after) the last instant before the service expired, so that an expired
 * service still shows, and restates, what it had bought.
 */
export function referenceInstant(sub: Pick<Subscription, 'expiresAt'>, now: Date): Date {
  return now.getTime() < sub.expiresAt.getTime() ? now : new Date(sub.expiresAt.getTime() - 1);
}

/** Items in force at the reference instant. */
export function heldItems<I extends Item>(sub: Pick<Subscription, 'expiresAt'> & { items: I[] }, now: Date): I[] {
  const at = referenceInstant(sub, now).getTime();
  return sub.items.filter((i) => i.startsAt.getTime() <= at && i.expiresAt.getTime() > at);
}

/** Held items summed per kind (and module), in first-seen order. */
export function holdings(sub: Pick<Subscription, 'expiresAt' | 'items'>, now: Date): Holding[] {
  const byKey = new Map<string, Holding>();
  for (const i of heldItems(sub, now)) {
    const key = itemKey(i.kind, i.module);
    const prev = byKey.get(key);
    if (!prev)
      byKey.set(key, { kind: i.kind, module: i.kind === 'MODULE' ? i.module : null, quantity: i.quantity, expiresAt: i.expiresAt });
    else
      byKey.set(key, {
        ...prev,
        quantity: prev.quantity + i.quantity,
        expiresAt: i.expiresAt > prev.expiresAt ? i.expiresAt : prev.expiresAt,
      });
  }
  return [...byKey.values()];
}

/** Quantity held of one kind. */
export function heldQuantity(sub: Pick<Subscription, 'expiresAt' | 'items'>, now: Date, kind: LineKind): number {
  return heldItems(sub, now)
    .filter((i) => i.kind === kind)
    .reduce((s, i) => s + i.quantity, 0);
}

/** R8: GB bought, included GB plus extra storage held. */
export function boughtGb(sub: Pick<Subscription, 'expiresAt' | 'items'>, now: Date, policy: Policy): number {
  return policy.includedStorageGb + heldQuantity(sub, now, 'STORAGE');
}

/** R16: user seats held. */
export function boughtSeats(sub: Pick<Subscription, 'expiresAt' | 'items'>, now: Date): number {
  return heldQuantity(sub, now, 'USERS');
}

/** R15: modules held, each with the latest expiry of its items. */
export function boughtModules(sub: Pick<Subscription, 'expiresAt' | 'items'>, now: Date): { module: ModuleCode; expiresAt: Date }[] {
  return holdings(sub, now).flatMap((h) =>
    h.kind === 'MODULE' && h.module && h.quantity > 0 ? [{ module: h.module, expiresAt: h.expiresAt }] : [],
  );
}

/** Modules in force right now (none once the service has expired): an add-on cart cannot sell them again (R15). */
export function activeModules(sub: Pick<Subscription, 'expiresAt' | 'items'>, now: Date): ModuleCode[] {
  return boughtModules(sub, now)
    .filter((m) => m.expiresAt > now)
    .map((m) => m.module);
}

/** Items still running now with a quantity: what co-termination extends (R20). */
export function runningItems<I extends Item>(sub: Pick<Subscription, 'expiresAt'> & { items: I[] }, now: Date): I[] {
  return heldItems(sub, now).filter((i) => i.quantity > 0 && i.expiresAt > now);
}

export function usedBytes(sub: Pick<Subscription, 'storage'>): number {
  return Number(sub.storage?.usedBytes ?? 0n);
}

/** The facts the state rules read (R2-R6, R10). */
export function serviceFacts(sub: Subscription, now: Date, policy: Policy): ServiceFacts {
  return {
    activatedAt: sub.activatedAt,
    expiresAt: sub.expiresAt,
    cancelledAt: sub.cancelledAt,
    autoRenewEnabled: sub.autoRenewEnabled,
    autoRenewMethod: sub.autoRenewMethod,
    usedBytes: usedBytes(sub),
    boughtGb: boughtGb(sub, now, policy),
  };
}

export function serviceState(sub: Subscription, now: Date, policy: Policy): ServiceState {
  return deriveService(serviceFacts(sub, now, policy), now, policy);
}

export function serviceActions(sub: Subscription, now: Date, policy: Policy): ActionAvailability[] {
  return availableActions(serviceFacts(sub, now, policy), now, policy);
}

/** R8-R11 from the running storage counter (never a sum over documents). */
export function serviceStorage(sub: Subscription, now: Date, policy: Policy): StorageUsage {
  const c = sub.storage;
  const breakdown: Record<StorageCategory, number> = {
    INVOICES_SENT: Number(c?.invoicesSentBytes ?? 0n),
    INVOICES_RECEIVED: Number(c?.invoicesReceivedBytes ?? 0n),
    DOCUMENTS: Number(c?.documentsBytes ?? 0n),
    INSTALLMENTS: Number(c?.installmentsBytes ?? 0n),
    ELECTRONIC_ORDERS: Number(c?.electronicOrdersBytes ?? 0n),
  };
  return storageUsage(
    {
      usedBytes: usedBytes(sub),
      boughtGb: boughtGb(sub, now, policy),
      breakdown,
      since: sub.activatedAt ?? sub.createdAt,
      expiresAt: sub.expiresAt,
    },
    now,
    policy,
  );
}
