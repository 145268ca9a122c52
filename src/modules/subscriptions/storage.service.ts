// Storage facts of a service (R8, R10, R13) and the counter that must equal the
// sum of stored document sizes (reconciliation).
import type { Prisma } from '../../generated/prisma/client.js';
import type { DocumentKind } from '../../generated/prisma/enums.js';
import type { Policy } from '../../shared/domain/policy.js';
import type { ServiceFacts } from './domain/service.js';
import { serviceFacts } from './domain/subscription.js';
import { serviceFactsSelect } from './service.service.js';

import type { Db } from '../../shared/db/transaction.js';
import type { Scope } from '../../shared/scope.js';

/** Counter column of each document kind (R8 breakdown). */
export const COUNTER_COLUMN = {
  INVOICE_SENT: 'invoicesSentBytes',
  INVOICE_RECEIVED: 'invoicesReceivedBytes',
  DOCUMENT: 'documentsBytes',
  INSTALLMENT: 'installmentsBytes',
  ELECTRONIC_ORDER: 'electronicOrdersBytes',
} as const satisfies Record<DocumentKind, string>;

const SQL_COLUMN = Object.fromEntries(Object.entries(COUNTER_COLUMN).map(([kind, column]) => [kind, `"${column}"`])) as Record<
  DocumentKind,
  string
>;

export interface LoadedService {
  id: string;
  accountId: string;
  edition: 'FULL' | 'RECEIVE_ONLY';
  expiresAt: Date;
  facts: ServiceFacts;
}

/** Loads the stored facts of a service (optionally inside a transaction, after locking its counter). */
export async function loadServiceFacts(db: Db, serviceId: string, now: Date, policy: Policy): Promise<LoadedService | null> {
  const service = await db.service.findUnique({
    where: { id: serviceId },
    select: { ...serviceFactsSelect, accountId: true, edition: true },
  });
  if (!service) return null;
  return {
    id: service.id,
    accountId: service.accountId,
    edition: service.edition,
    expiresAt: service.expiresAt,
    // Same facts as the read API (service.service.ts), so gates and displayed status agree.
    facts: serviceFacts(service, now, policy),
  };
}

/** Locks the counter row of a service for the rest of the transaction (creating it if missing). */
export async function lockCounter(tx: Prisma.TransactionClient, serviceId: string): Promise<bigint> {
  await tx.$executeRaw`INSERT INTO "StorageCounter" ("serviceId", "updatedAt") VALUES (${serviceId}, now()) ON CONFLICT ("serviceId") DO NOTHING`;
  const rows = await tx.$queryRaw<
    { usedBytes: bigint }[]
  >`SELECT "usedBytes" FROM "StorageCounter" WHERE "serviceId" = ${serviceId} FOR UPDATE`;
  return rows[0]?.usedBytes ?? 0n;
}

/** Adds `delta` bytes (negative to free) to the counter, atomically. */
export async function adjustCounter(tx: Prisma.TransactionClient, serviceId: string, kind: DocumentKind, delta: number): Promise<void> {
  if (delta === 0) return;
  const d = BigInt(delta);
  await tx.storageCounter.update({
    where: { serviceId },
    data: { usedBytes: { increment: d }, [COUNTER_COLUMN[kind]]: { increment: d } },
  });
}

export interface StorageMismatch {
  serviceId: string;
  counterBytes: bigint;
  actualBytes: bigint;
  column: string;
}

/**
 * Compares every counter column with the sum of document sizes; returns the
 * differences (empty when the counters are right).
 */
export async function reconcileStorage(scope: Pick<Scope, 'prisma'>, input: { serviceId?: string } = {}): Promise<StorageMismatch[]> {
  const { prisma } = scope;
  const { serviceId } = input;
  const kinds = Object.keys(SQL_COLUMN) as DocumentKind[];
  const sums = kinds.map((k) => `COALESCE(SUM(d."sizeBytes") FILTER (WHERE d."kind" = '${k}'), 0)::bigint AS "${k}"`).join(', ');
  const cols = kinds.map((k) => `c.${SQL_COLUMN[k]} AS "c_${k}"`).join(', ');
  const where = serviceId === undefined ? '' : 'WHERE s."id" = $1';
  const sql = `
    SELECT s."id" AS "serviceId", COALESCE(c."usedBytes", 0)::bigint AS "c_total", ${cols},
           COALESCE(x."total", 0)::bigint AS "total", ${kinds.map((k) => `COALESCE(x."${k}", 0)::bigint AS "${k}"`).join(', ')}
    FROM "Service" s
    LEFT JOIN "StorageCounter" c ON c."serviceId" = s."id"
    LEFT JOIN (
      SELECT d."serviceId", COALESCE(SUM(d."sizeBytes"), 0)::bigint AS "total", ${sums}
      FROM "Document" d GROUP BY d."serviceId"
    ) x ON x."serviceId" = s."id"
    ${where}`;
  const rows =
    serviceId === undefined
      ? await prisma.$queryRawUnsafe<Record<string, bigint | string | null>[]>(sql)
      : await prisma.$queryRawUnsafe<Record<string, bigint | string | null>[]>(sql, serviceId);
  const out: StorageMismatch[] = [];
  const big = (v: bigint | string | null | undefined): bigint => (v === null || v === undefined ? 0n : BigInt(v));
  for (const row of rows) {
    const id = String(row.serviceId);
    if (big(row.c_total) !== big(row.total))
      out.push({ serviceId: id, column: 'usedBytes', counterBytes: big(row.c_total), actualBytes: big(row.total) });
    for (const k of kinds) {
      if (big(row[`c_${k}`]) !== big(row[k])) {
        out.push({ serviceId: id, column: COUNTER_COLUMN[k], counterBytes: big(row[`c_${k}`]), actualBytes: big(row[k]) });
      }
    }
  }
  return out;
}
