// Human order numbers (R7), also the payment reference of bank transfers and
// postal slips (R24): FE-<year>-<6 digits>, from a row-locked counter.
import type { Prisma } from '../../generated/prisma/client.js';

export async function nextOrderNumber(tx: Prisma.TransactionClient, now: Date): Promise<string> {
  // The row is created by the first migration; the update takes a row lock.
  const row = await tx.sequence.update({ where: { name: 'order' }, data: { value: { increment: 1 } } });
  return `FE-${now.getUTCFullYear()}-${String(row.value).padStart(6, '0')}`;
}
