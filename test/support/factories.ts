// Factories for test data. Every usage figure is backed by real document rows
// (content-addressed blobs), so usage always equals the sum of stored bytes.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient, Prisma } from '../../src/generated/prisma/client.js';
import type { DocumentKind, Edition, ModuleCode, PaymentMethod } from '../../src/generated/prisma/enums.js';
import type { Policy } from '../../src/shared/domain/policy.js';
import { addDays, addYears, startOfUtcDay } from '../../src/shared/domain/dates.js';
import { hashPassword, hashToken, newToken } from '../../src/modules/identity/auth.service.js';
import { COUNTER_COLUMN } from '../../src/modules/subscriptions/storage.service.js';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}${randomBytes(2).toString('hex')}`;

export const PASSWORD = 'correct horse battery';
let cachedHash: Promise<string> | null = null;
const passwordHash = () => (cachedHash ??= hashPassword(PASSWORD));

/** Opens a session directly and returns its bearer token. */
export async function tokenFor(
  prisma: PrismaClient,
  principal: { type: 'HOLDER' | 'PANEL_USER' | 'OPERATOR'; id: string },
  opts: { now?: Date; expiresAt?: Date } = {},
): Promise<string> {
  const token = newToken();
  const now = opts.now ?? new Date();
  await prisma.session.create({
    data: {
      tokenHash: hashToken(token),
      principalType: principal.type,
      principalId: principal.id,
      createdAt: now,
      expiresAt: opts.expiresAt ?? new Date(now.getTime() + 86_400_000 * 365 * 20),
    },
  });
  return token;
}

export async function createHolder(prisma: PrismaClient, opts: { username?: string; email?: string; name?: string } = {}) {
  const account = await prisma.account.create({
    data: {
      username: opts.username ?? `${next()}@aruba.it`,
      passwordHash: await passwordHash(),
      holder: { create: { name: opts.name ?? 'Test Holder', referenceEmail: opts.email ?? `holder-${next()}@example.com` } },
    },
  });
  const token = await tokenFor(prisma, { type: 'HOLDER', id: account.id });
  return { account, token };
}

export async function createOperator(prisma: PrismaClient) {
  const operator = await prisma.operator.create({
    data: { username: `op-${next()}`, name: 'Operator', passwordHash: await passwordHash() },
  });
  const token = await tokenFor(prisma, { type: 'OPERATOR', id: operator.id });
  return { operator, token };
}

export async function createPanelUser(prisma: PrismaClient, serviceId: string) {
  const user = await prisma.panelUser.create({
    data: { serviceId, username: `user-${next()}`, email: `user-${next()}@example.com`, passwordHash: await passwordHash() },
  });
  const token = await tokenFor(prisma, { type: 'PANEL_USER', id: user.id });
  return { user, token };
}

export interface ServiceOptions {
  edition?: Edition;
  now?: Date;
  /** Expiry as days from today (negative: expired). */
  expiresInDays?: number;
  expiresAt?: Date;
  /** Days since the service was bought. */
  ageDays?: number;
  pending?: boolean;
  cancelledAt?: Date | null;
  autoRenew?: PaymentMethod | null;
  extraStorageGb?: number;
  seats?: number;
  configuredUsers?: number;
  modules?: ModuleCode[];
  usedBytes?: number;
  usageKind?: DocumentKind;
}

export async function createService(prisma: PrismaClient, accountId: string, opts: ServiceOptions = {}) {
  const now = opts.now ?? new Date('2026-06-15T10:00:00.000Z');
  const today = startOfUtcDay(now);
  const expiresAt = opts.expiresAt ?? addDays(today, opts.expiresInDays ?? 200);
  const createdAt = addDays(today, -(opts.ageDays ?? 165));
  const service = await prisma.service.create({
    data: {
      accountId,
      username: `fe-${next()}`,
      edition: opts.edition ?? 'FULL',
      createdAt,
      activatedAt: opts.pending ? null : createdAt,
      expiresAt,
      cancelledAt: opts.cancelledAt ?? null,
      autoRenewEnabled: !!opts.autoRenew,
      autoRenewMethod: opts.autoRenew ?? null,
      storage: { create: {} },
    },
  });
  if (!opts.pending) {
    const items: Prisma.SubscriptionItemCreateManyInput[] = [
      { serviceId: service.id, kind: 'BASE', quantity: 1, startsAt: createdAt, expiresAt },
    ];
    if (opts.extraStorageGb)
      items.push({ serviceId: service.id, kind: 'STORAGE', quantity: opts.extraStorageGb, startsAt: createdAt, expiresAt });
    if (opts.seats) items.push({ serviceId: service.id, kind: 'USERS', quantity: opts.seats, startsAt: createdAt, expiresAt });
    for (const m of opts.modules ?? [])
      items.push({ serviceId: service.id, kind: 'MODULE', module: m, quantity: 1, startsAt: createdAt, expiresAt });
    await prisma.subscriptionItem.createMany({ data: items });
  }
  for (let i = 0; i < (opts.configuredUsers ?? 0); i++) await createPanelUser(prisma, service.id);
  if (opts.usedBytes) await addUsage(prisma, service.id, opts.usedBytes, { kind: opts.usageKind, createdAt });
  return service;
}

const MIB = 1_048_576;

async function blobOfSize(prisma: PrismaClient, size: number): Promise<string> {
  const content = Buffer.alloc(size, `blob-${size}-`);
  const sha256 = createHash('sha256').update(content).digest('hex');
  await prisma.blob.upsert({ where: { sha256 }, update: {}, create: { sha256, content, sizeBytes: size } });
  return sha256;
}

/**
 * Adds documents totalling exactly `bytes` to a service (1 MiB documents plus
 * one remainder) and updates its storage counter the same way the document
 * service does.
 */
export async function addUsage(
  prisma: PrismaClient,
  serviceId: string,
  bytes: number,
  opts: { kind?: DocumentKind | undefined; createdAt?: Date } = {},
): Promise<void> {
  const kind = opts.kind ?? 'INVOICE_RECEIVED';
  const full = Math.floor(bytes / MIB);
  const rest = bytes - full * MIB;
  const docs: Prisma.DocumentCreateManyInput[] = [];
  if (full > 0) {
    const sha = await blobOfSize(prisma, MIB);
    for (let i = 0; i < full; i++)
      docs.push({ serviceId, kind, number: `U-${next()}`, contentSha256: sha, sizeBytes: MIB, createdAt: opts.createdAt });
  }
  if (rest > 0) {
    const sha = await blobOfSize(prisma, rest);
    docs.push({ serviceId, kind, number: `U-${next()}`, contentSha256: sha, sizeBytes: rest, createdAt: opts.createdAt });
  }
  for (let i = 0; i < docs.length; i += 1000) await prisma.document.createMany({ data: docs.slice(i, i + 1000) });
  const column = COUNTER_COLUMN;
  await prisma.storageCounter.upsert({
    where: { serviceId },
    create: { serviceId, usedBytes: BigInt(bytes), [column[kind]]: BigInt(bytes) },
    update: { usedBytes: { increment: BigInt(bytes) }, [column[kind]]: { increment: BigInt(bytes) } },
  });
}

/**
 * One sold GB in the tests that need gigabytes of usage: 64 KiB, the real 1 GiB
 * scaled down by 2^14 so that every figure keeps its shape (floors of averages,
 * hundredths of percentages) without writing gigabytes. Such tests open their
 * app with `createTestApp({ policy: SMALL_GB_POLICY })`.
 */
export const GB = 65_536;
export const SMALL_GB_POLICY = { bytesPerGb: GB } satisfies Partial<Policy>;
export { addDays, addYears, startOfUtcDay };

/** The value, or a failed test when it is missing (instead of a non-null assertion). */
export function defined<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what} to be present`);
  return value;
}
