// Viewer fields of the commerce module: the orders the signed-in party sees.
import { builder } from '../../../builder.js';
import { ViewerRef } from '../../identity/schema/index.js';
import { NEWEST_FIRST, viewerOrdersWhere } from '../../identity/index.js';
import { countedConnection } from '../../../shared/schema/connection.js';
import { OrderStatusEnum, OrderTypeEnum } from '../../../shared/schema/enums.js';
import { OrderRef } from './order.js';

builder.objectFields(ViewerRef, (t) => ({
  orders: t.prismaConnection(
    {
      type: OrderRef,
      cursor: 'id',
      nullable: true,
      description: "Orders visible (a holder's own, every order for operators), newest first. Null for panel users.",
      args: {
        status: t.arg({ type: OrderStatusEnum, required: false, description: 'Only orders in this status.' }),
        type: t.arg({ type: OrderTypeEnum, required: false, description: 'Only orders of this type.' }),
      },
      totalCount: (v, args, ctx) => ctx.prisma.order.count({ where: viewerOrdersWhere(v.principal, args) }),
      resolve: (query, v, args, ctx) =>
        v.principal.type === 'PANEL_USER'
          ? null
          : ctx.prisma.order.findMany({ ...query, where: viewerOrdersWhere(v.principal, args), orderBy: NEWEST_FIRST }),
    },
    countedConnection('A page of orders.'),
    { description: 'An order with its cursor.' },
  ),
}));
