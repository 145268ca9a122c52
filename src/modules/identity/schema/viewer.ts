// viewer: the signed-in party, its account (holders), services and orders.
import { builder } from '../../../builder.js';
import { OrderStatusEnum, OrderTypeEnum } from '../../../shared/schema/enums.js';
import { AccountRef } from './account.js';
import { ServiceRef } from '../../subscriptions/schema/service.js';
import { OrderRef } from '../../commerce/schema/order.js';
import { countedConnection } from '../../../shared/schema/connection.js';
import { NEWEST_FIRST, viewerOrdersWhere, viewerServicesWhere, type ViewerValue } from '../viewer.service.js';

const ViewerPrincipalTypeEnum = builder.enumType('ViewerPrincipalType', {
  description: 'Kind of party signed in.',
  values: {
    HOLDER: { description: 'Account holder: buys, renews, pays.' },
    PANEL_USER: { description: 'Additional user of one service: works with its documents.' },
    OPERATOR: { description: 'Staff of the provider: sees every account.' },
  } as const,
});

export const ViewerRef = builder.objectRef<ViewerValue>('Viewer').implement({
  description: 'The signed-in party.',
  fields: (t) => ({
    principalType: t.field({
      type: ViewerPrincipalTypeEnum,
      description: 'Holder, panel user or operator.',
      resolve: (v) => v.principal.type,
    }),
    account: t.prismaField({
      type: AccountRef,
      nullable: true,
      description: 'The account of a holder; null for panel users and operators.',
      resolve: (query, v, _a, ctx) =>
        v.principal.type === 'HOLDER' ? ctx.prisma.account.findUnique({ ...query, where: { id: v.principal.accountId } }) : null,
    }),
    service: t.prismaField({
      type: ServiceRef,
      nullable: true,
      description: 'For a panel user, the one service they work in; null otherwise.',
      resolve: (query, v, _a, ctx) =>
        v.principal.type === 'PANEL_USER' ? ctx.prisma.service.findUnique({ ...query, where: { id: v.principal.serviceId } }) : null,
    }),
    services: t.prismaConnection({
      type: ServiceRef,
      cursor: 'id',
      description: 'Services visible: a holder\'s own, a panel user\'s one, every service for operators. Newest first.',
      totalCount: (v, _a, ctx) => ctx.prisma.service.count({ where: viewerServicesWhere(v.principal) }),
      resolve: (query, v, _a, ctx) =>
        ctx.prisma.service.findMany({ ...query, where: viewerServicesWhere(v.principal), orderBy: NEWEST_FIRST }),
    }, countedConnection('A page of services.'), { description: 'A service with its cursor.' }),
    orders: t.prismaConnection({
      type: OrderRef,
      cursor: 'id',
      nullable: true,
      description: 'R7: orders visible (a holder\'s own, every order for operators), newest first. Null for panel users.',
      args: {
        status: t.arg({ type: OrderStatusEnum, required: false, description: 'Only orders in this status.' }),
        type: t.arg({ type: OrderTypeEnum, required: false, description: 'Only orders of this type.' }),
      },
      totalCount: (v, args, ctx) => ctx.prisma.order.count({ where: viewerOrdersWhere(v.principal, args) }),
      resolve: (query, v, args, ctx) =>
        v.principal.type === 'PANEL_USER'
          ? null
          : ctx.prisma.order.findMany({ ...query, where: viewerOrdersWhere(v.principal, args), orderBy: NEWEST_FIRST }),
    }, countedConnection('A page of orders.'), { description: 'An order with its cursor.' }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: 'The signed-in party; null when anonymous.',
    resolve: (_root, _args, ctx) => (ctx.principal ? { principal: ctx.principal } : null),
  }),
);
