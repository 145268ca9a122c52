// Orders for read tests, written directly (checkout is another issue's).
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import type { OrderStatus, OrderType, PaymentMethod } from '../../src/generated/prisma/enums.js';
import { addDays } from '../support/factories.js';

let n = 0;

export interface OrderOptions {
  type?: OrderType;
  status?: OrderStatus;
  paymentMethod?: PaymentMethod;
  createdAt?: Date;
  years?: number;
  storageGb?: number;
  /** Number of lines (base + storage ...), each 1000 cents. */
  lines?: number;
}

/** An order of `serviceId` with `lines` BASE_FULL/STORAGE_GB lines; totals add up. */
export async function createOrder(prisma: PrismaClient, service: { id: string; accountId: string }, opts: OrderOptions = {}) {
  const createdAt = opts.createdAt ?? new Date('2026-06-01T09:00:00.000Z');
  const [base, storage] = await Promise.all([
    prisma.product.findUniqueOrThrow({ where: { code: 'BASE_FULL' } }),
    prisma.product.findUniqueOrThrow({ where: { code: 'STORAGE_GB' } }),
  ]);
  const lineCount = opts.lines ?? 2;
  const subtotal = lineCount * 1000;
  const vat = Math.round((subtotal * 22) / 100);
  n += 1;
  return prisma.order.create({
    data: {
      number: `FE-T-${process.pid}-${Date.now().toString(36)}-${n}`,
      accountId: service.accountId,
      serviceId: service.id,
      type: opts.type ?? 'RENEWAL',
      status: opts.status ?? 'PAID',
      paymentMethod: opts.paymentMethod ?? 'CREDIT_CARD',
      years: opts.years ?? 1,
      storageGb: opts.storageGb ?? 1,
      newExpiresAt: addDays(createdAt, 365),
      subtotalCents: subtotal,
      discountCents: 0,
      vatCents: vat,
      totalCents: subtotal + vat,
      createdAt,
      paidAt: (opts.status ?? 'PAID') === 'PAID' ? createdAt : null,
      lines: {
        create: Array.from({ length: lineCount }, (_, i) => ({
          productId: i === 0 ? base.id : storage.id,
          kind: i === 0 ? ('BASE' as const) : ('STORAGE' as const),
          quantity: 1,
          unitPriceCents: 1000,
          amountCents: 1000,
          periodStart: createdAt,
          periodEnd: addDays(createdAt, 365),
          position: i,
        })),
      },
    },
  });
}
