// Panel users (R16): User and the seats of a service.
import { builder } from '../../../builder.js';
import { panelUserVisibility } from '../access.js';

export const UserSeatsRef = builder.objectRef<{ bought: number; configured: number }>('UserSeats').implement({
  description: 'Additional user seats of a service.',
  fields: (t) => ({
    bought: t.exposeInt('bought', { description: 'Seats bought and in force.' }),
    configured: t.exposeInt('configured', {
      description: 'Panel users configured; a cart cannot go below this number.',
    }),
  }),
});

export const UserRef = builder.prismaNode('PanelUser', {
  name: 'User',
  description: 'A panel user: an additional user of one service, with personal credentials.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [panelUserVisibility(ctx.principal)] }),
  fields: (t) => ({
    username: t.exposeString('username', { description: 'Username the panel user signs in with.' }),
    email: t.expose('email', { type: 'EmailAddress', description: 'Email of the panel user.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the user was configured.' }),
  }),
});
