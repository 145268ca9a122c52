// Order (read API issue owns the fields).
import { builder } from '../builder.js';

export const OrderRef = builder.prismaNode('Order', {
  description: 'An order of a service (R7).',
  id: { field: 'id' },
  fields: (t) => ({
    number: t.exposeString('number', { description: 'Human order number, also the payment reference.' }),
  }),
});
