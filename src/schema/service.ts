// Service: one "Fatturazione Elettronica" subscription (read API issue owns the fields).
import { builder } from '../builder.js';

export const ServiceRef = builder.prismaNode('Service', {
  description: 'One e-invoicing service of an account.',
  id: { field: 'id' },
  fields: (t) => ({
    username: t.exposeString('username', { description: 'Panel username of the service.' }),
  }),
});
