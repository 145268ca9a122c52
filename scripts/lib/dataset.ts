// Generated data for the benchmarks, written with set-based SQL (INSERT ...
// SELECT generate_series): accounts with holders, services with their items
// and storage counters, orders with one line each (paid ones with their
// payment), and documents of small sizes sharing a few blobs. The numbers of
// DOMAIN.md "Numbers that must never drift" hold for it (scripts/lib/invariants.ts).
import { createHash } from 'node:crypto';
import type { SqlRunner } from '../../src/shared/db/database.js';

export interface DatasetShape {
  /** Distinguishes generated rows of several calls (ids, usernames, order numbers). */
  tag: string;
  accounts: number;
  servicesPerAccount: number;
  ordersPerService: number;
  documentsPerService: number;
  /** Stored password hash of every generated account. */
  passwordHash: string;
  now: Date;
}

/** Username of the `i`-th generated account (1-based). */
export function datasetUsername(tag: string, i: number): string {
  return `${tag}-${String(i)}@bench.example`;
}

const DOCUMENT_KINDS = ['INVOICE_SENT', 'INVOICE_RECEIVED', 'DOCUMENT', 'INSTALLMENT', 'ELECTRONIC_ORDER'] as const;
const COUNTER_COLUMN: Record<(typeof DOCUMENT_KINDS)[number], string> = {
  INVOICE_SENT: 'invoicesSentBytes',
  INVOICE_RECEIVED: 'invoicesReceivedBytes',
  DOCUMENT: 'documentsBytes',
  INSTALLMENT: 'installmentsBytes',
  ELECTRONIC_ORDER: 'electronicOrdersBytes',
};
/** Distinct contents the documents point at (content-addressed blobs), 1-8 KiB. */
const BLOBS = 16;

export async function generateDataset(sql: SqlRunner, shape: DatasetShape): Promise<void> {
  const { tag, accounts, servicesPerAccount: spa, ordersPerService: ops, documentsPerService: dps } = shape;
  const now = shape.now.toISOString();
  const q = (text: string, params: unknown[] = []) => sql.query(text, params);
  const blobs = Array.from({ length: BLOBS }, (_, i) => {
    const content = Buffer.alloc(1024 * (1 + (i % 8)), `bench-${String(i)}-`);
    return { sha256: createHash('sha256').update(content).digest('hex'), content, size: content.length };
  });
  for (const b of blobs)
    await q(`INSERT INTO "Blob" ("sha256", "content", "sizeBytes") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      b.sha256,
      b.content,
      b.size,
    ]);
  const shas = blobs.map((b) => b.sha256);
  const sizes = blobs.map((b) => b.size);

  await q(
    `INSERT INTO "Account" ("id", "username", "passwordHash", "createdAt")
     SELECT $1 || '-a' || i, $1 || '-' || i || '@bench.example', $2, $3::timestamp - interval '400 days'
     FROM generate_series(1, $4::int) i`,
    [tag, shape.passwordHash, now, accounts],
  );
  await q(
    `INSERT INTO "Holder" ("id", "accountId", "name", "referenceEmail", "locale")
     SELECT $1 || '-h' || i, $1 || '-a' || i, 'Bench Holder ' || i, 'holder-' || i || '@bench.example', 'it'
     FROM generate_series(1, $2::int) i`,
    [tag, accounts],
  );
  // Service s (1..accounts*spa) belongs to account ceil(s / spa); a third expire within 30 days.
  await q(
    `INSERT INTO "Service" ("id", "accountId", "username", "edition", "createdAt", "activatedAt", "expiresAt")
     SELECT $1 || '-s' || s, $1 || '-a' || ((s - 1) / $2 + 1), $1 || '-fe-' || s,
            (CASE WHEN s % 5 = 0 THEN 'RECEIVE_ONLY' ELSE 'FULL' END)::"Edition",
            date_trunc('day', $3::timestamp) - interval '300 days', date_trunc('day', $3::timestamp) - interval '300 days',
            date_trunc('day', $3::timestamp) + ((CASE WHEN s % 3 = 0 THEN 20 ELSE 65 END) || ' days')::interval
     FROM generate_series(1, $4::int) s`,
    [tag, spa, now, accounts * spa],
  );
  await q(
    `INSERT INTO "SubscriptionItem" ("id", "serviceId", "kind", "module", "quantity", "startsAt", "expiresAt")
     SELECT $1 || '-i' || s || '-' || k, s."id", k::"ItemKind", CASE WHEN k = 'MODULE' THEN 'DOCUMENTS'::"ModuleCode" END,
            CASE WHEN k = 'STORAGE' THEN 1 + n % 3 ELSE 1 END, s."createdAt", s."expiresAt"
     FROM (SELECT "id", "createdAt", "expiresAt", row_number() OVER (ORDER BY "id") AS n FROM "Service" WHERE "id" LIKE $1 || '-s%') s
     CROSS JOIN unnest(ARRAY['BASE', 'STORAGE', 'MODULE']) k
     WHERE k <> 'MODULE' OR s.n % 2 = 0`,
    [tag],
  );
  // Orders: one BASE line each at 39.00 EUR a year, 22% VAT; most paid (with a payment), some awaiting, some cancelled.
  await q(
    `INSERT INTO "Order" ("id", "number", "accountId", "serviceId", "type", "status", "paymentMethod", "years", "storageGb",
                          "newExpiresAt", "subtotalCents", "discountCents", "vatCents", "totalCents", "createdAt", "paidAt", "appliedAt", "cancelledAt")
     SELECT $1 || '-o' || s || '-' || o, upper($1) || '-' || s || '-' || o, $1 || '-a' || ((s - 1) / $2 + 1), $1 || '-s' || s,
            (CASE WHEN o = 1 THEN 'FIRST_PURCHASE' ELSE 'RENEWAL' END)::"OrderType",
            st::"OrderStatus", 'CREDIT_CARD'::"PaymentMethod", 1, 1,
            date_trunc('day', $3::timestamp) + interval '65 days', 3900, 0, 858, 4758,
            $3::timestamp - ((o * 7) || ' days')::interval,
            CASE WHEN st = 'PAID' THEN $3::timestamp - ((o * 7) || ' days')::interval END,
            CASE WHEN st = 'PAID' THEN $3::timestamp - ((o * 7) || ' days')::interval END,
            CASE WHEN st = 'CANCELLED' THEN $3::timestamp - ((o * 7 - 1) || ' days')::interval END
     FROM generate_series(1, $4::int) s, generate_series(1, $5::int) o,
          LATERAL (SELECT CASE WHEN o % 10 = 0 THEN 'CANCELLED' WHEN o = $5 AND s % 4 = 0 THEN 'AWAITING_PAYMENT' ELSE 'PAID' END AS st) x`,
    [tag, spa, now, accounts * spa, ops],
  );
  await q(
    `INSERT INTO "OrderLine" ("id", "orderId", "productId", "kind", "quantity", "unitPriceCents", "amountCents", "periodStart", "periodEnd")
     SELECT o."id" || '-l', o."id", p."id", 'BASE'::"ItemKind", 1, 3900, 3900, o."createdAt", o."createdAt" + interval '365 days'
     FROM "Order" o, (SELECT "id" FROM "Product" WHERE "code" = 'BASE_FULL') p
     WHERE o."id" LIKE $1 || '-o%'`,
    [tag],
  );
  await q(
    `INSERT INTO "Payment" ("id", "orderId", "source", "method", "status", "reference", "amountCents", "createdAt")
     SELECT o."id" || '-p', o."id", 'GATEWAY'::"PaymentSource", o."paymentMethod", 'SUCCEEDED'::"PaymentStatus", o."id" || '-ref',
            o."totalCents", o."paidAt"
     FROM "Order" o WHERE o."id" LIKE $1 || '-o%' AND o."status" = 'PAID'`,
    [tag],
  );
  // Documents: kind and blob cycle with the index.
  await q(
    `INSERT INTO "Document" ("id", "serviceId", "kind", "number", "title", "contentSha256", "sizeBytes", "createdAt", "updatedAt")
     SELECT $1 || '-d' || s || '-' || d, $1 || '-s' || s, ($2::text[])[1 + d % 5]::"DocumentKind", 'N' || d, 'Document ' || d,
            ($3::text[])[1 + (s + d) % $5], ($4::int[])[1 + (s + d) % $5],
            $6::timestamp - ((d % 300) || ' days')::interval, $6::timestamp
     FROM generate_series(1, $7::int) s, generate_series(1, $8::int) d`,
    [tag, DOCUMENT_KINDS, shas, sizes, BLOBS, now, accounts * spa, dps],
  );
  const perKind = DOCUMENT_KINDS.map((k) => `COALESCE(SUM(d."sizeBytes") FILTER (WHERE d."kind" = '${k}'), 0)`).join(', ');
  await q(
    `INSERT INTO "StorageCounter" ("serviceId", "usedBytes", ${DOCUMENT_KINDS.map((k) => `"${COUNTER_COLUMN[k]}"`).join(', ')}, "updatedAt")
     SELECT s."id", COALESCE(SUM(d."sizeBytes"), 0), ${perKind}, $2::timestamp
     FROM "Service" s LEFT JOIN "Document" d ON d."serviceId" = s."id"
     WHERE s."id" LIKE $1 || '-s%'
     GROUP BY s."id"`,
    [tag, now],
  );
  await q('ANALYZE');
}
