// Subscription.serviceUpdated: the service again after each of its events
// (orders paid or cancelled, expiry warnings, restriction, cancellation,
// storage warnings, received invoices).
import { builder } from '../../../builder.js';
import { requireId } from '../../../shared/global-id.js';
import { eventsAbout } from '../../../shared/schema/live.js';
import { stillSignedIn } from '../../identity/index.js';
import { serviceVisibility } from '../../identity/index.js';
import { ServiceRef } from './service.js';

builder.subscriptionField('serviceUpdated', (t) =>
  t.prismaField({
    type: ServiceRef,
    nullable: true,
    description:
      'The service after each change (an order of it paid or cancelled, expiry warning, restricted mode, cancellation, storage warning or full, invoice received), for as long as the subscription is open and its session or API key is valid. Null when it is no longer visible.',
    authScopes: { holder: true, panelUser: true, operator: true },
    args: { id: t.arg.id({ required: true, description: 'Global ID of the service.' }) },
    subscribe: (_root, args, ctx) => {
      const id = requireId(args.id, 'Service', 'id');
      return eventsAbout(
        ctx,
        'service',
        id,
        async () => (await ctx.prisma.service.count({ where: { id, AND: [serviceVisibility(ctx.principal)] } })) > 0,
        () => stillSignedIn(ctx),
      );
    },
    resolve: (query, _event, args, ctx) =>
      ctx.prisma.service.findFirst({
        ...query,
        where: { id: requireId(args.id, 'Service', 'id'), AND: [serviceVisibility(ctx.principal)] },
      }),
  }),
);
