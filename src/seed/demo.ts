// Demo data covering every state of the domain, seeded into an empty database
// at start. Dates are relative to `now` so that the states hold on any day.
import { createHash, randomBytes } from 'node:crypto';
import type { Order, PrismaClient, Prisma } from '../generated/prisma/client.js';
import type { CartPurpose, DocumentKind, Edition, ItemKind, ModuleCode, PaymentMethod } from '../generated/prisma/enums.js';
import { requestScope, systemScope, type AppDeps, type Principal } from '../shared/scope.js';
import type { Policy } from '../shared/domain/policy.js';
import type { Database } from '../shared/db/database.js';
import { loadConfig } from '../shared/config.js';
import { createLogger } from '../shared/logger.js';
import { closeSharedState, openSharedState } from '../shared/shared-state.js';
import { addDays, startOfUtcDay } from '../shared/domain/dates.js';
import { hashPassword } from '../modules/identity/index.js';
import {
  addCartModule,
  cancelOrder,
  checkout,
  createAutoRenewOrder,
  createCart,
  nextOrderNumber,
  priceFirstPurchase,
  registerPaymentTx,
  setCartLineQuantity,
} from '../modules/commerce/index.js';
import { seedCatalog } from './catalog.js';

export const DEMO_PASSWORD = 'demo-password';

export interface DemoLogin {
  kind: 'holder' | 'panel user' | 'operator';
  username: string;
  note: string;
}

/**
 * What a holder did after the first purchase, replayed through the API's own
 * services (createCart, the cart edits, checkout, payment, cancelOrder) with
 * the clock at that day.
 */
interface LaterOrder {
  daysAgo: number;
  purpose: CartPurpose;
  method: PaymentMethod;
  outcome: 'PAID' | 'CANCELLED' | 'AWAITING_PAYMENT';
  /** STORAGE_UPGRADE: the extra GB bought. */
  storageGb?: number;
  /** ADD_MODULES: the module bought. */
  module?: ModuleCode;
  /** RENEWAL of a service with auto-renew on: the lifecycle's automatic order (R3), not a cart. */
  automatic?: boolean;
}

interface ServiceSpec {
  username: string;
  edition: Edition;
  /** Days since the service was first bought (its expiry is one year later, then what later orders make it). */
  ageDays: number;
  /** The first purchase, made in the shop outside this API. */
  firstPurchase: { method: PaymentMethod; paid: boolean };
  cancelled?: boolean;
  /** Bought with the first purchase. */
  extraStorageGb: number;
  seats: number;
  modules: ModuleCode[];
  /** Fraction of the storage bought in the end that is in use. */
  usage: number;
  later?: LaterOrder[];
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

/**
 * Seeds the demo into an empty database (null when it holds accounts). The
 * first purchases are written as the shop would leave them; every later order
 * goes through the API's services (carts, checkout, payment, cancellation).
 */
export async function seedDemo(deps: AppDeps, now: Date): Promise<DemoLogin[] | null> {
  const { policy } = deps;
  const prisma = deps.db.prisma;
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
          ageDays: 530,
          firstPurchase: { method: 'CREDIT_CARD', paid: true },
          extraStorageGb: 0,
          seats: 3,
          modules: ['DOCUMENTS', 'PAYMENTS'],
          usage: 0.3,
          later: [
            // Renewed automatically a week before expiry (R3), then 2 GB bought with
            // every item extended to a year from then (R20): expires in about 275 days.
            { daysAgo: 172, purpose: 'RENEWAL', method: 'CREDIT_CARD', outcome: 'PAID', automatic: true },
            { daysAgo: 90, purpose: 'STORAGE_UPGRADE', method: 'CREDIT_CARD', outcome: 'PAID', storageGb: 2 },
          ],
          panelUsers: ['contabile.rossi', 'segreteria.rossi'],
        },
        {
          username: 'fe-1234567-shop',
          edition: 'FULL',
          // Expires in about 40 days.
          ageDays: 325,
          firstPurchase: { method: 'BANK_TRANSFER', paid: true },
          extraStorageGb: 0,
          seats: 0,
          modules: ['WOOCOMMERCE'],
          usage: 0.85,
          later: [
            { daysAgo: 30, purpose: 'ADD_MODULES', method: 'BANK_TRANSFER', outcome: 'CANCELLED', module: 'DOCUMENTS' },
            { daysAgo: 2, purpose: 'RENEWAL', method: 'BANK_TRANSFER', outcome: 'AWAITING_PAYMENT' },
          ],
        },
        {
          username: 'fe-1234567-archive',
          edition: 'FULL',
          ageDays: 215,
          extraStorageGb: 0,
          seats: 0,
          modules: [],
          usage: 1.004,
          firstPurchase: { method: 'POSTAL_SLIP', paid: true },
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
          ageDays: 385,
          extraStorageGb: 1,
          seats: 1,
          modules: ['ELECTRONIC_ORDERS'],
          usage: 0.4,
          firstPurchase: { method: 'BANK_TRANSFER', paid: true },
          panelUsers: ['praticante.bianchi'],
        },
        {
          username: 'fe-7654321-old',
          edition: 'FULL',
          ageDays: 760,
          cancelled: true,
          extraStorageGb: 0,
          seats: 0,
          modules: [],
          usage: 0,
          firstPurchase: { method: 'BANK_TRANSFER', paid: true },
        },
        {
          username: 'fe-7654321-ricezione',
          edition: 'RECEIVE_ONLY',
          ageDays: 65,
          extraStorageGb: 0,
          seats: 2,
          modules: [],
          usage: 0.05,
          firstPurchase: { method: 'PAYPAL', paid: true },
          panelUsers: ['ricezione.bianchi'],
        },
        {
          username: 'fe-7654321-new',
          edition: 'FULL',
          ageDays: 1,
          extraStorageGb: 0,
          seats: 0,
          modules: [],
          usage: 0,
          firstPurchase: { method: 'POSTAL_SLIP', paid: false },
        },
      ],
    },
  ];

  const logins: DemoLogin[] = [{ kind: 'operator', username: 'operatore', note: 'sees every account, registers payments' }];
  const productOf = (code: string) => {
    const p = products.find((x) => x.code === code);
    if (!p) throw new Error(`demo: no product ${code}`);
    return p;
  };
  for (const h of holders) {
    const account = await prisma.account.create({
      data: { username: h.username, passwordHash, holder: { create: { name: h.name, referenceEmail: h.email, locale: 'it' } } },
    });
    logins.push({ kind: 'holder', username: h.username, note: `${h.name}, ${h.services.length} services` });
    const holder: Principal = { type: 'HOLDER', accountId: account.id, sessionId: null };
    for (const s of h.services) {
      const createdAt = addDays(today, -s.ageDays);
      // The first purchase, made in the shop (this API has no first-purchase
      // flow): an order for what the service starts with, priced by the same
      // rules as a cart (priceFirstPurchase). Paying it activates the service
      // and creates its items, and card or PayPal turns auto-renew on (R3, R25).
      const baseCode = s.edition === 'FULL' ? 'BASE_FULL' : 'BASE_RECEIVE_ONLY';
      const bought: { code: string; kind: ItemKind; module: ModuleCode | null; quantity: number }[] = [
        { code: baseCode, kind: 'BASE', module: null, quantity: 1 },
        ...(s.extraStorageGb ? [{ code: 'STORAGE_GB', kind: 'STORAGE' as const, module: null, quantity: s.extraStorageGb }] : []),
        ...(s.seats ? [{ code: 'USER_SEAT', kind: 'USERS' as const, module: null, quantity: s.seats }] : []),
        ...s.modules.map((m) => ({ code: `MODULE_${m}`, kind: 'MODULE' as const, module: m, quantity: 1 })),
      ];
      const priced = priceFirstPurchase(
        bought.map((l) => ({
          kind: l.kind,
          ...(l.module ? { module: l.module } : {}),
          quantity: l.quantity,
          yearlyUnitPriceCents: priceOf(l.code),
          promo: false,
          isNew: true,
        })),
        1,
        createdAt,
        policy,
      );
      const lines = priced.lines.map((l, position) => ({
        productId: productOf(bought[position]?.code ?? baseCode).id,
        kind: l.kind,
        module: l.module ?? null,
        quantity: l.quantity,
        unitPriceCents: l.yearlyUnitPriceCents,
        amountCents: l.amountCents,
        periodStart: l.periodStart,
        periodEnd: l.periodEnd,
        position,
      }));
      const service = await prisma.service.create({
        data: { accountId: account.id, username: s.username, edition: s.edition, createdAt, expiresAt: priced.newExpiresAt },
      });
      const firstPurchase = await prisma.$transaction(async (tx) =>
        tx.order.create({
          data: {
            number: await nextOrderNumber(tx, createdAt),
            accountId: account.id,
            serviceId: service.id,
            type: 'FIRST_PURCHASE',
            paymentMethod: s.firstPurchase.method,
            years: 1,
            storageGb: policy.includedStorageGb + s.extraStorageGb,
            newExpiresAt: priced.newExpiresAt,
            subtotalCents: priced.subtotalCents,
            discountCents: priced.discountCents,
            vatCents: priced.vatCents,
            totalCents: priced.totalCents,
            createdAt,
            lines: { create: lines },
          },
        }),
      );
      if (s.firstPurchase.paid) await payDemoOrder(deps, firstPurchase, createdAt);
      if (s.cancelled) {
        // R6: cancelled the day after its grace period ended.
        const cancelledAt = addDays(priced.newExpiresAt, policy.graceDays + 1);
        await prisma.service.update({ where: { id: service.id }, data: { cancelledAt, documentsDeletedAt: cancelledAt } });
      }

      for (const u of s.panelUsers ?? []) {
        await prisma.panelUser.create({ data: { serviceId: service.id, username: u, email: `${u}@example.com`, passwordHash } });
        logins.push({ kind: 'panel user', username: u, note: `works in ${s.username}` });
      }

      // Documents: 1 MiB each, spread over the kinds, until the usage target of
      // the storage bought in the end.
      const boughtGb =
        policy.includedStorageGb +
        s.extraStorageGb +
        (s.later ?? []).reduce((gb, o) => gb + (o.outcome === 'PAID' ? (o.storageGb ?? 0) : 0), 0);
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

      // Later orders, through the same services as the API, each on its own day.
      for (const o of s.later ?? []) await replayOrder(deps, holder, service.id, o, addDays(now, -o.daysAgo));
    }
  }
  return logins;
}

/** One later order of a demo holder: a cart, its edits and checkout, then payment or cancellation, as clients do. */
async function replayOrder(deps: AppDeps, holder: Principal, serviceId: string, o: LaterOrder, at: Date): Promise<void> {
  const order = o.automatic
    ? await createAutoRenewOrder(systemScope(deps, 'lifecycle', at), { serviceId })
    : await orderThroughCart(deps, holder, serviceId, o, at);
  if (!order) throw new Error('demo: no automatic renewal order');
  if (o.outcome === 'CANCELLED') await cancelOrder(requestScope(deps, holder, 'it', addDays(at, 1)), { orderId: order.id, confirm: true });
  if (o.outcome === 'PAID') await payDemoOrder(deps, order, at);
}

/** Pays a demo order as its method is paid (R25): by the gateway for card and PayPal, registered by an operator otherwise. */
async function payDemoOrder(deps: AppDeps, order: Order, at: Date): Promise<void> {
  const byGateway = order.paymentMethod === 'CREDIT_CARD' || order.paymentMethod === 'PAYPAL';
  await deps.db.prisma.$transaction((tx) =>
    registerPaymentTx(
      tx,
      {
        orderNumber: order.number,
        amountCents: order.totalCents,
        reference: `DEMO-${order.number}`,
        source: byGateway ? 'GATEWAY' : 'OPERATOR',
        actor: { type: byGateway ? null : 'OPERATOR', id: byGateway ? 'payment-gateway' : 'operatore' },
      },
      at,
    ),
  );
}

/** A cart for the order's purpose, edited as the holder would, checked out. */
async function orderThroughCart(deps: AppDeps, holder: Principal, serviceId: string, o: LaterOrder, at: Date): Promise<Order> {
  const scope = requestScope(deps, holder, 'it', at);
  const cart = await createCart(scope, { serviceId, purpose: o.purpose });
  if (o.storageGb !== undefined) {
    const line = await scope.prisma.cartLine.findFirstOrThrow({ where: { cartId: cart.id, kind: 'STORAGE' } });
    await setCartLineQuantity(scope, { cartId: cart.id, lineId: line.id, quantity: o.storageGb });
  }
  if (o.module) await addCartModule(scope, { cartId: cart.id, module: o.module });
  const { order } = await checkout(scope, { cartId: cart.id, paymentMethod: o.method, acceptTerms: true });
  return order;
}

/** seedDemo on a database opened by a script (benchmark, soak): in-process shared state, silent log. */
export async function seedDemoDatabase(db: Database, now: Date, policy: Policy): Promise<DemoLogin[] | null> {
  const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
  const log = createLogger('silent');
  const shared = await openSharedState(db, config, log);
  try {
    return await seedDemo({ db, config, policy, log, clock: () => now, ...shared }, now);
  } finally {
    await closeSharedState(shared);
  }
}
