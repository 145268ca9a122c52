// Catalog: products with yearly prices, and the add-on modules (R15, R22).
import { createContextCache } from '@pothos/core';
import { builder } from '../../../builder.js';
import type { Context } from '../../../context.js';
import type { CatalogProduct } from '../catalog.service.js';
import { catalogStoreOf } from '../catalog.store.js';
import { Money, money } from '../../../shared/schema/money.js';
import { EditionEnum, ModuleCodeEnum, ProductKindEnum } from '../../../shared/schema/enums.js';

export const ProductRef = builder.objectRef<CatalogProduct>('Product').implement({
  description: 'A sellable product with its current yearly price.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable product code.' }),
    kind: t.field({ type: ProductKindEnum, description: 'What the product is.', resolve: (p) => p.kind }),
    module: t.field({
      type: ModuleCodeEnum,
      nullable: true,
      description: 'For module products, the module.',
      resolve: (p) => p.module,
    }),
    name: t.string({
      description: 'Name in the request language.',
      resolve: (p, _a, ctx) => (ctx.locale === 'it' ? p.nameIt : p.name),
    }),
    description: t.exposeString('description', { description: 'Short description.' }),
    yearlyPrice: t.field({
      type: Money,
      description: 'Price for one unit and one year, VAT excluded.',
      resolve: (p) => money(p.yearlyPriceCents),
    }),
    edition: t.field({
      type: EditionEnum,
      nullable: true,
      description: 'For a base product, the edition of the service it is the base of; null for other products.',
      resolve: (p) => (p.kind === 'BASE' ? p.edition : null),
    }),
    promo: t.exposeBoolean('promo', {
      description: 'In promotion: renewals of it are limited to 1 or 2 years.',
    }),
  }),
});

export const ModuleRef = builder.objectRef<CatalogProduct & { module: NonNullable<CatalogProduct['module']> }>('Module').implement({
  description: 'An add-on module of the service.',
  fields: (t) => ({
    code: t.field({ type: ModuleCodeEnum, description: 'Module code.', resolve: (p) => p.module }),
    name: t.string({
      description: 'Name in the request language.',
      resolve: (p, _a, ctx) => (ctx.locale === 'it' ? p.nameIt : p.name),
    }),
    yearlyPrice: t.field({
      type: Money,
      description: 'Yearly price, VAT excluded.',
      resolve: (p) => money(p.yearlyPriceCents),
    }),
  }),
});

interface CatalogValue {
  products: CatalogProduct[];
}

// The in-memory catalog at the request's `now`, once per request (shared by the catalog and every service of a list).
const catalogs = createContextCache((ctx: Context) => catalogStoreOf(ctx).at(ctx.now));

export function catalogOf(ctx: Context): Promise<CatalogProduct[]> {
  return catalogs(ctx);
}

export function modulesOf(products: CatalogProduct[]) {
  return products.flatMap((p) => (p.kind === 'MODULE' && p.module ? [{ ...p, module: p.module }] : []));
}

export const CatalogRef = builder.objectRef<CatalogValue>('Catalog').implement({
  description: 'What can be bought, with current prices.',
  fields: (t) => ({
    products: t.field({ type: [ProductRef], description: 'All products.', resolve: (c) => c.products }),
    modules: t.field({ type: [ModuleRef], description: 'The add-on modules.', resolve: (c) => modulesOf(c.products) }),
    vatPercent: t.int({ description: 'VAT rate applied to orders.', resolve: (_c, _a, ctx) => ctx.policy.vatPercent }),
  }),
});

builder.queryField('catalog', (t) =>
  t.field({
    type: CatalogRef,
    description: 'Products, prices and modules. Public.',
    resolve: async (_root, _args, ctx: Context) => ({ products: await catalogOf(ctx) }),
  }),
);
