// OrderLine: one product bought by an order (R7, R20).
import { builder } from '../../../builder.js';
import { ModuleCodeEnum, ProductKindEnum } from '../../../shared/schema/enums.js';
import { Money, money } from '../../../shared/schema/money.js';

export const OrderLineProductRef = builder.objectRef<{ code: string; name: string; nameIt: string }>('OrderLineProduct').implement({
  description: 'The product of an order line.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable product code.' }),
    name: t.string({
      description: 'Name in the request language.',
      resolve: (p, _a, ctx) => (ctx.locale === 'it' ? p.nameIt : p.name),
    }),
  }),
});

export const OrderLineRef = builder.prismaObject('OrderLine', {
  description: 'One product bought by an order, with its period and amount.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Identifier of the line.' }),
    product: t.field({
      type: OrderLineProductRef,
      description: 'The product bought.',
      select: { product: { select: { code: true, name: true, nameIt: true } } },
      resolve: (l) => l.product,
    }),
    kind: t.expose('kind', { type: ProductKindEnum, description: 'Base, storage, users or module.' }),
    module: t.expose('module', { type: ModuleCodeEnum, nullable: true, description: 'For module lines, the module.' }),
    quantity: t.exposeInt('quantity', { description: 'Units bought (GB, seats, 1 for base and modules).' }),
    unitPrice: t.field({
      type: Money,
      description: 'Yearly price of one unit, VAT excluded.',
      resolve: (l) => money(l.unitPriceCents),
    }),
    amount: t.field({
      type: Money,
      description: 'Amount of the line, VAT excluded (rounded half up once).',
      resolve: (l) => money(l.amountCents),
    }),
    periodStart: t.expose('periodStart', { type: 'DateTime', description: 'Start of the period bought.' }),
    periodEnd: t.expose('periodEnd', { type: 'DateTime', description: 'End of the period bought.' }),
    proRataDays: t.exposeInt('proRataDays', {
      nullable: true,
      description: 'Days charged pro rata on a co-termination extension line; null otherwise.',
    }),
    extension: t.exposeBoolean('extension', { description: 'The line extends an item the service already has.' }),
  }),
});
