// setAutoRenew (R3, R4).
import { builder } from '../../../builder.js';
import { setAutoRenew, setAutoRenewRefusals } from '../payment.service.js';
import { ServiceRef } from '../../subscriptions/schema/index.js';
import { requireId } from '../../../shared/global-id.js';

const SetAutoRenewInput = builder.inputType('SetAutoRenewInput', {
  description: 'Switches auto-renew of a service.',
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
    description: 'The holder switches auto-renew off (e.g. to renew by hand with less storage) or back on.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: SetAutoRenewInput, required: true, description: 'Service and switch.' }) },
    errors: { types: [...setAutoRenewRefusals] },
    resolve: async (_root, { input }, ctx) => {
      const service = await setAutoRenew(ctx, { serviceId: requireId(input.serviceId, 'Service', 'serviceId'), enabled: input.enabled });
      return { service };
    },
  }),
);
