// Subscription.orderUpdated: the order again after each of its events
// (created, paid, payment failed, cancelled).
import { builder } from '../../../builder.js';
import { requireId } from '../../../shared/global-id.js';
import { eventsAbout } from '../../../shared/schema/live.js';
import { stillSignedIn } from '../../identity/index.js';
import { orderVisibility } from '../../identity/index.js';
import { OrderRef } from './order.js';

builder.subscriptionField('orderUpdated', (t) =>
  t.prismaField({
    type: OrderRef,
    nullable: true,
    description:
      'The order after each change (paid, payment failed, cancelled), for as long as the subscription is open and its session or API key is valid. Null when it is no longer visible.',
    authScopes: { holder: true, operator: true },
    args: { id: t.arg.id({ required: true, description: 'Global ID of the order.' }) },
    subscribe: (_root, args, ctx) => {
      const id = requireId(args.id, 'Order', 'id');
      return eventsAbout(
        ctx,
        'order',
        id,
        async () => (await ctx.prisma.order.count({ where: { id, AND: [orderVisibility(ctx.principal)] } })) > 0,
        () => stillSignedIn(ctx),
      );
    },
    resolve: (query, _event, args, ctx) =>
      ctx.prisma.order.findFirst({ ...query, where: { id: requireId(args.id, 'Order', 'id'), AND: [orderVisibility(ctx.principal)] } }),
  }),
);
