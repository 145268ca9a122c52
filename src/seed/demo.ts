// Demo data covering every state of the domain, seeded into an empty database
// at start. Dates are relative to `now` so that the states hold on any day.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient, Prisma } from '../generated/prisma/client.js';
import type { DocumentKind, Edition, ItemKind, ModuleCode, OrderStatus, OrderType, PaymentMethod } from '../generated/prisma/enums.js';
import type { Policy } from '../shared/domain/policy.js';
import { addDays, addYears, startOfUtcDay } from '../shared/domain/dates.js';
import { hashPassword } from '../modules/identity/index.js';
import { nextOrderNumber } from '../modules/commerce/index.js';
import { seedCatalog } from './catalog.js';

export const DEMO_PASSWORD = 'demo-password';

export interface DemoLogin {
  kind: 'holder' | 'panel user' | 'operator';
  username: string;
  note: string;
}

interface ServiceSpec {
  username: string;
  edition: Edition;
  /** Days from today to expiry (negative: expired). */
  expiresInDays: number;
  /** Days since the service was first bought. */
  ageDays: number;
  pending?: boolean;
  cancelled?: boolean;
  autoRenew?: PaymentMethod;
  extraStorageGb: number;
  seats: number;
  modules: ModuleCode[];
  /** Fraction of bought storage in use. */
  usage: number;
  orders: { type: OrderType; status: OrderStatus; method: PaymentMethod; daysAgo: number; years?: number }[];
  panelUsers?: string[];
}

const MIB = 1_048_576;

/** An id shaped like Prisma's cuid(): `c` and 24 lowercase letters or digits. */
function cuidLike(): string {
  return `c${Date.now().toString(36).padStart(9, '0')}${randomBytes(8).toString('hex').slice(0, 15)}`;
}

/**
 * Inserts the demo documents in one statement: `createMany` of a few thousand
 * rows spends seconds in Prisma's query compiler, a JSON parameter does not.
 * Same rows as `prisma.document.createMany({ data: docs })` would write.
 */
async function insertDocuments(prisma: PrismaClient, docs: Prisma.DocumentCreateManyInput[]): Promise<void> {
  if (!docs.length) return;
  const rows = docs.map((d) => ({
    id: cuidLike(),
    serviceId: d.serviceId,
    kind: d.kind,
    number: d.number,
    title: d.title ?? '',
    contentSha256: d.contentSha256,
    sizeBytes: d.sizeBytes,
    createdAt: d.createdAt instanceof Date ? d.createdAt.toISOString() : d.createdAt,
  }));
  await prisma.$executeRaw`INSERT INTO "Document" ("id", "serviceId", "kind", "number", "title", "contentSha256", "sizeBytes", "createdAt", "updatedAt")
    SELECT d."id", d."serviceId", d."kind"::"DocumentKind", d."number", d."title", d."contentSha256", d."sizeBytes", d."createdAt", now() AT TIME ZONE 'UTC'
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS d("id" text, "serviceId" text, "kind" text, "number" text, "title" text,
      "contentSha256" text, "sizeBytes" int, "createdAt" timestamp(3))`;
}

export async function seedDemo(prisma: PrismaClient, now: Date, policy: Policy): Promise<DemoLogin[] | null> {
  if ((await prisma.account.count()) > 0) return null;
  await seedCatalog(prisma, now);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = startOfUtcDay(now);
  const products = await prisma.product.findMany({ include: { prices: true } });
  const priceOf = (code: string) => products.find((p) => p.code === code)?.prices[0]?.yearlyPriceCents ?? 0;

  // One MiB of content, stored once and referenced by every demo document.
  // The database builds the same bytes (the pattern repeated, cut at 1 MiB):
  // sending 1 MiB as a parameter takes most of a second on PGlite.
  const pattern = 'FatturaPA demo content\n';
  const blobContent = Buffer.alloc(MIB, pattern);
  const sha256 = createHash('sha256').update(blobContent).digest('hex');
  await prisma.$executeRaw`INSERT INTO "Blob" ("sha256", "content", "sizeBytes", "createdAt")
    VALUES (${sha256}, substring(convert_to(repeat(${pattern}::text, ${Math.ceil(MIB / pattern.length)}::int), 'UTF8') from 1 for ${MIB}::int),
      ${MIB}::int, now() AT TIME ZONE 'UTC')`;

  await prisma.operator.create({ data: { username: 'operatore', name: 'Operatore Demo', passwordHash } });

  const holders: { username: string; name: string; email: string; services: ServiceSpec[] }[] = [
    {
      username: '1234567@aruba.it',
      name: 'Mario Rossi',
      email: 'mario.rossi@example.com',
      services: [
        {
          username: 'fe-1234567-main',
          edition: 'FULL',
          expiresInDays: 200,
          ageDays: 530,
          autoRenew: 'CREDIT_CARD',
          extraStorageGb: 2,
          seats: 3,
          modules: ['DOCUMENTS', 'PAYMENTS'],
          usage: 0.3,
          orders: [
            { type: 'FIRST_PURCHASE', status: 'PAID', method: 'CREDIT_CARD', daysAgo: 530 },
            { type: 'RENEWAL', status: 'PAID', method: 'CREDIT_CARD', daysAgo: 172 },
            { type: 'STORAGE_UPGRADE', status: 'PAID', method: 'CREDIT_CARD', daysAgo: 90 },
          ],
          panelUsers: ['contabile.rossi', 'segreteria.rossi'],
        },
        {
          username: 'fe-1234567-shop',
          edition: 'FULL',
          expiresInDays: 40,
          ageDays: 325,
          extraStorageGb: 0,
          seats: 0,
          modules: ['WOOCOMMERCE'],
          usage: 0.85,
          orders: [
            { type: 'FIRST_PURCHASE', status: 'PAID', method: 'BANK_TRANSFER', daysAgo: 325 },
            { type: 'ADD_MODULES', status: 'CANCELLED', method: 'BANK_TRANSFER', daysAgo: 30 },
            { type: 'RENEWAL', status: 'AWAITING_PAYMENT', method: 'BANK_TRANSFER', daysAgo: 2 },
          ],
        },
        {
          username: 'fe-1234567-archive',
          edition: 'FULL',
          expiresInDays: 150,
          ageDays: 215,
          extraStorageGb: 0,
          seats: 0,
          modules: [],
          usage: 1.004,
          orders: [{ type: 'FIRST_PURCHASE', status: 'PAID', method: 'POSTAL_SLIP', daysAgo: 215 }],
        },
      ],
    },
    {
      username: '7654321@aruba.it',
      name: 'Studio Bianchi',
      email: 'amministrazione@studiobianchi.example',
      services: [
        {
          username: 'fe-7654321-studio',
          edition: 'FULL',
          expiresInDays: -20,
          ageDays: 385,
          extraStorageGb: 1,
          seats: 1,
          modules: ['ELECTRONIC_ORDERS'],
          usage: 0.4,
          orders: [{ type: 'FIRST_PURCHASE', status: 'PAID', method: 'BANK_TRANSFER', daysAgo: 385 }],
          panelUsers: ['praticante.bianchi'],
        },
        {
          username: 'fe-7654321-old',
          edition: 'FULL',
          expiresInDays: -(policy.graceDays + 30),
          ageDays: 760,
          cancelled: true,
          extraStorageGb: 0,
          seats: 0,
          modules: [],
          usage: 0,
          orders: [{ type: 'FIRST_PURCHASE', status: 'PAID', method: 'BANK_TRANSFER', daysAgo: 760 }],
        },
        {
          username: 'fe-7654321-ricezione',
          edition: 'RECEIVE_ONLY',
          expiresInDays: 300,
          ageDays: 65,
          autoRenew: 'PAYPAL',
          extraStorageGb: 0,
          seats: 2,
          modules: [],
          usage: 0.05,
          orders: [{ type: 'FIRST_PURCHASE', status: 'PAID', method: 'PAYPAL', daysAgo: 65 }],
          panelUsers: ['ricezione.bianchi'],
        },
        {
          username: 'fe-7654321-new',
          edition: 'FULL',
          expiresInDays: 365,
          ageDays: 1,
          pending: true,
          extraStorageGb: 0,
          seats: 0,
          modules: [],
          usage: 0,
          orders: [{ type: 'FIRST_PURCHASE', status: 'AWAITING_PAYMENT', method: 'POSTAL_SLIP', daysAgo: 1 }],
        },
      ],
    },
  ];

  const logins: DemoLogin[] = [{ kind: 'operator', username: 'operatore', note: 'sees every account, registers payments' }];
  for (const h of holders) {
    const account = await prisma.account.create({
      data: { username: h.username, passwordHash, holder: { create: { name: h.name, referenceEmail: h.email, locale: 'it' } } },
    });
    logins.push({ kind: 'holder', username: h.username, note: `${h.name}, ${h.services.length} services` });
    for (const s of h.services) {
      const expiresAt = addDays(today, s.expiresInDays);
      const createdAt = addDays(today, -s.ageDays);
      const service = await prisma.service.create({
        data: {
          accountId: account.id,
          username: s.username,
          edition: s.edition,
          createdAt,
          activatedAt: s.pending ? null : createdAt,
          expiresAt,
          cancelledAt: s.cancelled ? addDays(expiresAt, policy.graceDays + 1) : null,
          documentsDeletedAt: s.cancelled ? addDays(expiresAt, policy.graceDays + 1) : null,
          autoRenewEnabled: !!s.autoRenew,
          autoRenewMethod: s.autoRenew ?? null,
        },
      });
      const items: Prisma.SubscriptionItemCreateManyInput[] = [
        { serviceId: service.id, kind: 'BASE', quantity: 1, startsAt: createdAt, expiresAt },
      ];
      if (s.extraStorageGb)
        items.push({ serviceId: service.id, kind: 'STORAGE', quantity: s.extraStorageGb, startsAt: createdAt, expiresAt });
      if (s.seats) items.push({ serviceId: service.id, kind: 'USERS', quantity: s.seats, startsAt: createdAt, expiresAt });
      for (const m of s.modules)
        items.push({ serviceId: service.id, kind: 'MODULE', module: m, quantity: 1, startsAt: createdAt, expiresAt });
      if (!s.pending) await prisma.subscriptionItem.createMany({ data: items });

      for (const u of s.panelUsers ?? []) {
        await prisma.panelUser.create({ data: { serviceId: service.id, username: u, email: `${u}@example.com`, passwordHash } });
        logins.push({ kind: 'panel user', username: u, note: `works in ${s.username}` });
      }

      // Documents: 1 MiB each, spread over the kinds, until the usage target.
      const boughtGb = policy.includedStorageGb + s.extraStorageGb;
      const docCount = Math.round((s.usage * boughtGb * policy.bytesPerGb) / MIB);
      const kinds: DocumentKind[] =
        s.edition === 'RECEIVE_ONLY'
          ? ['INVOICE_RECEIVED']
          : [
              'INVOICE_SENT',
              'INVOICE_RECEIVED',
              'INVOICE_RECEIVED',
              ...(s.modules.includes('DOCUMENTS') ? (['DOCUMENT'] as const) : []),
              ...(s.modules.includes('PAYMENTS') ? (['INSTALLMENT'] as const) : []),
              ...(s.modules.includes('ELECTRONIC_ORDERS') ? (['ELECTRONIC_ORDER'] as const) : []),
            ];
      const docs: Prisma.DocumentCreateManyInput[] = [];
      const bytesByKind = new Map<DocumentKind, number>();
      for (let i = 0; i < docCount; i++) {
        const kind = kinds[i % kinds.length] ?? 'INVOICE_RECEIVED';
        const span = Math.max(1, s.ageDays);
        docs.push({
          serviceId: service.id,
          kind,
          number: `${kind === 'INVOICE_SENT' ? 'FV' : kind === 'INVOICE_RECEIVED' ? 'FR' : 'DOC'}-${i + 1}`,
          title: `Demo ${kind.toLowerCase().replace('_', ' ')} ${i + 1}`,
          contentSha256: sha256,
          sizeBytes: MIB,
          createdAt: addDays(createdAt, Math.floor((i * span) / Math.max(1, docCount))),
        });
        bytesByKind.set(kind, (bytesByKind.get(kind) ?? 0) + MIB);
      }
      await insertDocuments(prisma, docs);
      const b = (k: DocumentKind) => BigInt(bytesByKind.get(k) ?? 0);
      await prisma.storageCounter.create({
        data: {
          serviceId: service.id,
          usedBytes: BigInt(docCount * MIB),
          invoicesSentBytes: b('INVOICE_SENT'),
          invoicesReceivedBytes: b('INVOICE_RECEIVED'),
          documentsBytes: b('DOCUMENT'),
          installmentsBytes: b('INSTALLMENT'),
          electronicOrdersBytes: b('ELECTRONIC_ORDER'),
        },
      });

      for (const o of s.orders) {
        const createdAtOrder = addDays(today, -o.daysAgo);
        const years = o.years ?? 1;
        const productOf = (code: string) => {
          const p = products.find((x) => x.code === code);
          if (!p) throw new Error(`demo: no product ${code}`);
          return p;
        };
        const baseCode = s.edition === 'FULL' ? 'BASE_FULL' : 'BASE_RECEIVE_ONLY';
        // A renewal awaiting payment renews what the service holds from its expiry
        // (R2, R17: the bought modules too), as a renewal cart would.
        const open = o.type === 'RENEWAL' && o.status !== 'PAID';
        const periodStart = open ? expiresAt : createdAtOrder;
        const periodEnd = addYears(periodStart, years);
        const lineSpecs: { code: string; kind: ItemKind; module: ModuleCode | null }[] =
          o.type === 'STORAGE_UPGRADE'
            ? [{ code: 'STORAGE_GB', kind: 'STORAGE', module: null }]
            : o.type === 'ADD_MODULES'
              ? [{ code: 'MODULE_DOCUMENTS', kind: 'MODULE', module: 'DOCUMENTS' }]
              : [
                  { code: baseCode, kind: 'BASE', module: null },
                  ...(open ? s.modules.map((m) => ({ code: `MODULE_${m}`, kind: 'MODULE' as const, module: m })) : []),
                ];
        const lines = lineSpecs.map((l, position) => {
          const unit = priceOf(l.code);
          return {
            productId: productOf(l.code).id,
            kind: l.kind,
            module: l.module,
            quantity: 1,
            unitPriceCents: unit,
            amountCents: o.type === 'STORAGE_UPGRADE' || o.type === 'ADD_MODULES' ? unit : unit * years,
            periodStart,
            periodEnd,
            position,
          };
        });
        const subtotal = lines.reduce((sum, l) => sum + l.amountCents, 0);
        const vat = Math.floor((subtotal * policy.vatPercent + 50) / 100);
        await prisma.$transaction(async (tx) => {
          const number = await nextOrderNumber(tx, createdAtOrder);
          await tx.order.create({
            data: {
              number,
              accountId: account.id,
              serviceId: service.id,
              type: o.type,
              status: o.status,
              paymentMethod: o.method,
              years,
              storageGb: boughtGb,
              newExpiresAt: open ? periodEnd : expiresAt,
              subtotalCents: subtotal,
              discountCents: 0,
              vatCents: vat,
              totalCents: subtotal + vat,
              createdAt: createdAtOrder,
              paidAt: o.status === 'PAID' ? createdAtOrder : null,
              appliedAt: o.status === 'PAID' ? createdAtOrder : null,
              cancelledAt: o.status === 'CANCELLED' ? addDays(createdAtOrder, 1) : null,
              lines: { create: lines },
              ...(o.status === 'PAID'
                ? {
                    payments: {
                      create: {
                        source: o.method === 'CREDIT_CARD' || o.method === 'PAYPAL' ? 'GATEWAY' : 'OPERATOR',
                        method: o.method,
                        status: 'SUCCEEDED',
                        reference: `DEMO-${number}`,
                        amountCents: subtotal + vat,
                        createdAt: createdAtOrder,
                      },
                    },
                  }
                : {}),
            },
          });
        });
      }
    }
  }
  return logins;
}
