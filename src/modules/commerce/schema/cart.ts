// Cart (R18): lines, duration, new expiry and price, recomputed on every read.
import { createContextCache } from '@pothos/core';
import { catalogStoreOf } from '../../catalog/index.js';
import DataLoader from 'dataloader';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../../builder.js';
import { messages } from '../../../i18n/index.js';
import { localId } from '../../../shared/global-id.js';
import type { Context } from '../../../context.js';
import type { Cart as CartRow } from '../../../generated/prisma/client.js';
import { computeCartView, previewConvention, type CartLineView, type CartView, type ConventionPreview } from '../cart.service.js';
import { z } from 'zod';
import { CartPurposeEnum, ModuleCodeEnum, ProductKindEnum } from '../../../shared/schema/enums.js';
import { Money, money } from '../../../shared/schema/money.js';
import { ProductRef } from '../../catalog/schema/index.js';

export const CartStatusEnum = builder.enumType('CartStatus', {
  description: 'Whether a cart can still change.',
  values: {
    OPEN: { description: 'Being edited.' },
    CHECKED_OUT: { description: 'Turned into an order; locked against edits.' },
  } as const,
});

// The recomputed cart, once per cart row and request, shared by every field of
// that row (a mutation returns a new row, so an edited cart is recomputed).
const views = createContextCache(
  (ctx: Context) =>
    new DataLoader<CartRow, CartView>(async (carts) => {
      const products = await catalogStoreOf(ctx).at(ctx.now);
      return Promise.all(carts.map((c) => computeCartView(ctx.prisma, c.id, ctx.now, ctx.policy, products)));
    }),
);

/** The recomputed cart, once per cart object of a request. */
function viewOf(cart: CartRow, ctx: Context): Promise<CartView> {
  return views(ctx).load(cart);
}

export const CartLineRef = builder.objectRef<CartLineView>('CartLine').implement({
  description: 'One line of a cart: a product, its quantity and its price for the cart period.',
  fields: (t) => ({
    id: t.id({
      description:
        'Global ID of the line, unique across carts (pass it to setCartLineQuantity). Extension lines, which the cart adds itself, have ids too but cannot be edited.',
      resolve: (l) => encodeGlobalID('CartLine', l.id),
    }),
    product: t.field({ type: ProductRef, description: 'The product.', resolve: (l) => l.product }),
    kind: t.field({ type: ProductKindEnum, description: 'Base, storage, users or module.', resolve: (l) => l.kind }),
    module: t.field({ type: ModuleCodeEnum, nullable: true, description: 'For module lines, the module.', resolve: (l) => l.module }),
    quantity: t.exposeInt('quantity', {
      description: 'Units: 1 for base and modules (0 = module not renewed), extra GB for storage, users for seats.',
    }),
    minQuantity: t.exposeInt('minQuantity', { description: 'Smallest quantity allowed (used storage, configured users).' }),
    maxQuantity: t.exposeInt('maxQuantity', { description: 'Largest quantity allowed.' }),
    recommendedQuantity: t.exposeInt('recommendedQuantity', {
      nullable: true,
      description: 'Recommended extra GB, on the storage line of a storage upgrade cart.',
    }),
    unitPrice: t.field({ type: Money, description: 'Yearly price of one unit, VAT excluded.', resolve: (l) => money(l.unitPriceCents) }),
    amount: t.field({ type: Money, description: 'Price of the line for its period, VAT excluded.', resolve: (l) => money(l.amountCents) }),
    periodStart: t.field({ type: 'DateTime', description: 'Start of the period the line pays for.', resolve: (l) => l.periodStart }),
    periodEnd: t.field({ type: 'DateTime', description: 'End (expiry) of the period the line pays for.', resolve: (l) => l.periodEnd }),
    proRataDays: t.exposeInt('proRataDays', {
      nullable: true,
      description: 'Days charged pro rata on a co-termination extension line; null for whole years.',
    }),
    extension: t.exposeBoolean('extension', {
      description: 'True for a line that extends an active item to the new expiry (computed, not editable).',
    }),
    isNew: t.exposeBoolean('isNew', { description: 'True for a product the service does not have yet.' }),
  }),
});

const ConventionPreviewRef = builder.objectRef<ConventionPreview>('ConventionPreview').implement({
  description: 'What applying a convention code to this cart would do, without applying it.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The code, as it would be applied (trimmed, upper case).' }),
    association: t.exposeString('association', {
      nullable: true,
      description: 'The association or professional body of the convention; null for an unknown code.',
    }),
    discountPercent: t.float({
      nullable: true,
      description: 'Discount on the subtotal, in percent (10 = 10%); null for an unknown code.',
      resolve: (p) => (p.discountBasisPoints === null ? null : p.discountBasisPoints / 100),
    }),
    applicable: t.boolean({
      description: 'True when applyConventionCode would accept the code for this cart now.',
      resolve: (p) => !p.refusal,
    }),
    reasonCode: t.string({
      nullable: true,
      description:
        'Why it would be refused: CONVENTION_NOT_FOUND, CONVENTION_EXPIRED, CONVENTION_NOT_APPLICABLE or RATE_LIMITED; null when applicable.',
      resolve: (p) => p.refusal?.code ?? null,
    }),
    reason: t.string({
      nullable: true,
      description: 'The same, in the request language; null when applicable.',
      resolve: (p, _a, ctx) => p.refusal?.localized(ctx.locale) ?? null,
    }),
  }),
});

export const CartRef = builder.prismaNode('Cart', {
  description: 'A cart for one service and one purpose; every change recomputes it. Visible to its holder only.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { holder: true },
  findUnique: (id, ctx) => ({ id, accountId: ctx.principal?.type === 'HOLDER' ? ctx.principal.accountId : '' }),
  fields: (t) => ({
    service: t.relation('service', { description: 'The service the cart is for.' }),
    purpose: t.expose('purpose', { type: CartPurposeEnum, description: 'What the cart is for.' }),
    status: t.expose('status', { type: CartStatusEnum, description: 'Open or checked out (locked).' }),
    years: t.exposeInt('years', { description: 'Years bought (1-10, 1-2 with a product in promotion).' }),
    extendActiveServices: t.exposeBoolean('extendActiveServices', {
      description: 'Co-termination: every active item is extended to the new expiry, charged pro rata by day.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the cart was opened.' }),
    checkedOutAt: t.expose('checkedOutAt', { type: 'DateTime', nullable: true, description: 'When the cart became an order.' }),
    order: t.relation('order', { nullable: true, description: 'The order the cart became at checkout.' }),
    conventionPreview: t.field({
      type: ConventionPreviewRef,
      description:
        'What a convention code would do on this cart (discount, or why it would be refused), without applying it. Counts as an attempt.',
      args: { code: t.arg.string({ required: true, description: 'The convention code.', validate: z.string().trim().min(1).max(64) }) },
      resolve: (c, args, ctx) => previewConvention(ctx, { cartId: c.id, code: args.code }),
    }),
    conventionCode: t.string({
      nullable: true,
      description: 'The convention code applied, if any.',
      resolve: async (c, _a, ctx) => (await viewOf(c, ctx)).conventionCode,
    }),
    lines: t.field({
      type: [CartLineRef],
      description: 'Lines: what is bought, then the co-termination extension lines.',
      resolve: async (c, _a, ctx) => (await viewOf(c, ctx)).lines,
    }),
    suggestedModules: t.field({
      type: [ModuleCodeEnum],
      description: 'Modules not bought yet ("you might also like").',
      resolve: async (c, _a, ctx) => (await viewOf(c, ctx)).suggestedModules,
    }),
    newExpiresAt: t.field({
      type: 'DateTime',
      description: 'Expiry of what the cart buys.',
      resolve: async (c, _a, ctx) => (await viewOf(c, ctx)).priced.newExpiresAt,
    }),
    durationDays: t.int({
      description: 'Days from the start of the bought period to the new expiry.',
      resolve: async (c, _a, ctx) => (await viewOf(c, ctx)).priced.durationDays,
    }),
    duration: t.string({
      description: 'Duration in words, in the request language (e.g. "2 years" / "2 anni").',
      resolve: (c, _a, ctx) => messages(ctx.locale).cart.duration(c.years),
    }),
    readyForCheckout: t.boolean({
      description: 'True when checkout would accept the cart as it is (quantities, years, required lines).',
      resolve: async (c, _a, ctx) => (await viewOf(c, ctx)).issues.length === 0,
    }),
    subtotal: t.field({
      type: Money,
      description: 'Sum of the lines, VAT excluded.',
      resolve: async (c, _a, ctx) => money((await viewOf(c, ctx)).priced.subtotalCents),
    }),
    discount: t.field({
      type: Money,
      description: 'Convention discount.',
      resolve: async (c, _a, ctx) => money((await viewOf(c, ctx)).priced.discountCents),
    }),
    vat: t.field({
      type: Money,
      description: 'VAT on the discounted subtotal.',
      resolve: async (c, _a, ctx) => money((await viewOf(c, ctx)).priced.vatCents),
    }),
    total: t.field({
      type: Money,
      description: 'Subtotal - discount + VAT, to the cent.',
      resolve: async (c, _a, ctx) => money((await viewOf(c, ctx)).priced.totalCents),
    }),
  }),
});

builder.queryField('cart', (t) =>
  t.prismaField({
    type: CartRef,
    nullable: true,
    description: 'A cart of the signed-in holder; null when unknown, malformed or not yours.',
    args: { id: t.arg.id({ description: 'Global ID of the cart.' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = localId(args.id, 'Cart');
      if (!id || ctx.principal?.type !== 'HOLDER') return null;
      return ctx.prisma.cart.findFirst({ ...query, where: { id, accountId: ctx.principal.accountId } });
    },
  }),
);
