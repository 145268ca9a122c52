// Transaction helpers every module uses.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';

/** A client or a transaction: reads that work inside or outside one. */
export type Db = PrismaClient | Prisma.TransactionClient;
export type Tx = Prisma.TransactionClient;

/** Interactive transactions wait for their turn (concurrent registrations lock one order row). */
export const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

/** A unique-constraint violation, as reported by Prisma (P2002) or by a driver adapter. */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  if ('code' in err && (err.code === 'P2002' || err.code === '23505')) return true;
  if ('cause' in err && isUniqueViolation(err.cause)) return true;
  return err instanceof Error && /unique constraint/i.test(err.message);
}
