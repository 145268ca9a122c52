// DOMAIN.md "Numbers that must never drift", checked by SQL over a whole
// database: each check counts the rows that break it (0 = pass).
import type { SqlRunner } from '../../src/shared/db/database.js';

export interface InvariantResult {
  name: string;
  violations: number;
  ok: boolean;
}

const CHECKS: { name: string; sql: string }[] = [
  {
    name: 'Usage equals the sum of stored bytes (per service, in total and per kind)',
    sql: `SELECT count(*)::int AS n FROM "Service" s
          LEFT JOIN "StorageCounter" c ON c."serviceId" = s."id"
          LEFT JOIN (SELECT "serviceId", SUM("sizeBytes") AS total,
                       SUM("sizeBytes") FILTER (WHERE "kind" = 'INVOICE_SENT') AS sent,
                       SUM("sizeBytes") FILTER (WHERE "kind" = 'INVOICE_RECEIVED') AS received,
                       SUM("sizeBytes") FILTER (WHERE "kind" = 'DOCUMENT') AS docs,
                       SUM("sizeBytes") FILTER (WHERE "kind" = 'INSTALLMENT') AS inst,
                       SUM("sizeBytes") FILTER (WHERE "kind" = 'ELECTRONIC_ORDER') AS eo
                     FROM "Document" GROUP BY "serviceId") d ON d."serviceId" = s."id"
          WHERE COALESCE(c."usedBytes", 0) <> COALESCE(d.total, 0)
             OR COALESCE(c."invoicesSentBytes", 0) <> COALESCE(d.sent, 0)
             OR COALESCE(c."invoicesReceivedBytes", 0) <> COALESCE(d.received, 0)
             OR COALESCE(c."documentsBytes", 0) <> COALESCE(d.docs, 0)
             OR COALESCE(c."installmentsBytes", 0) <> COALESCE(d.inst, 0)
             OR COALESCE(c."electronicOrdersBytes", 0) <> COALESCE(d.eo, 0)`,
  },
  {
    name: 'A paid order has its effects applied; no other order has',
    sql: `SELECT count(*)::int AS n FROM "Order"
          WHERE ("status" = 'PAID') <> ("appliedAt" IS NOT NULL) OR ("status" = 'PAID') <> ("paidAt" IS NOT NULL)`,
  },
  {
    name: "A paid order's effects are applied once (one registered payment per order)",
    sql: `SELECT count(*)::int AS n FROM (
            SELECT "orderId" FROM "AuditLog" WHERE "action" = 'PAYMENT_REGISTERED' AND "orderId" IS NOT NULL
            GROUP BY "orderId" HAVING count(*) > 1) x`,
  },
  {
    name: "A cancelled order's effects are never applied (no item carries it)",
    sql: `SELECT count(*)::int AS n FROM "Order" o
          WHERE o."status" = 'CANCELLED' AND (o."appliedAt" IS NOT NULL OR EXISTS (SELECT 1 FROM "SubscriptionItem" i WHERE i."orderId" = o."id"))`,
  },
  {
    name: 'Money adds up: lines = subtotal, subtotal + VAT - discount = total, to the cent',
    sql: `SELECT count(*)::int AS n FROM "Order" o
          LEFT JOIN (SELECT "orderId", SUM("amountCents") AS lines FROM "OrderLine" GROUP BY "orderId") l ON l."orderId" = o."id"
          WHERE COALESCE(l.lines, 0) <> o."subtotalCents" OR o."subtotalCents" + o."vatCents" - o."discountCents" <> o."totalCents"`,
  },
  {
    name: 'A paid order was charged its total (successful payments of a paid order add up to at least its total)',
    sql: `SELECT count(*)::int AS n FROM "Order" o
          WHERE o."status" = 'PAID' AND COALESCE((SELECT SUM(p."amountCents") FROM "Payment" p
                                                   WHERE p."orderId" = o."id" AND p."status" = 'SUCCEEDED'), 0) < o."totalCents"`,
  },
];

export async function checkInvariants(sql: SqlRunner): Promise<InvariantResult[]> {
  const results: InvariantResult[] = [];
  for (const check of CHECKS) {
    const rows = await sql.query<{ n: number }>(check.sql);
    const violations = rows[0]?.n ?? 0;
    results.push({ name: check.name, violations, ok: violations === 0 });
  }
  return results;
}

export function printInvariants(results: InvariantResult[]): void {
  for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.ok ? '' : ` (${String(r.violations)} rows)`}`);
}
