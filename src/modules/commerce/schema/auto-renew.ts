// setAutoRenew (R3, R4).
import { builder } from '../../../builder.js';
import { NotFoundError } from '../../../shared/errors.js';
import { setAutoRenew } from '../payment.service.js';
import { AutoRenewNotAllowedError } from '../errors.js';
import { ServiceRef } from '../../subscriptions/schema/service.js';
import { actorOf, holderAccountId } from './cart-mutations.js';
import { requireId } from '../../../shared/global-id.js';

const SetAutoRenewInput = builder.inputType('SetAutoRenewInput', {
  description: 'R3: switches auto-renew of a service.',
  fields: (t) => ({
    serviceId: t.id({ description: 'Global ID of the service.' }),
    enabled: t.boolean({ description: 'Off always allowed; on only when the last paid order was paid by card or PayPal.' }),
  }),
});

const SetAutoRenewSuccess = builder.simpleObject('SetAutoRenewSuccess', {
  description: 'The service with its auto-renew setting.',
  fields: (t) => ({ service: t.field({ type: ServiceRef, description: 'The service.' }) }),
});

builder.mutationField('setAutoRenew', (t) =>
  t.field({
    type: SetAutoRenewSuccess,
    description: 'R3, R4: the holder switches auto-renew off (e.g. to renew by hand with less storage) or back on.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: SetAutoRenewInput, required: true, description: 'Service and switch.' }) },
    errors: { types: [NotFoundError, AutoRenewNotAllowedError] },
    resolve: async (_root, { input }, ctx) => {
      const service = await setAutoRenew(
        ctx.prisma,
        { serviceId: requireId(input.serviceId, 'Service', 'serviceId'), enabled: input.enabled },
        { accountId: holderAccountId(ctx), actor: actorOf(ctx) },
        ctx.now,
      );
      return { service };
    },
  }),
);
