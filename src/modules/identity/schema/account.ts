// Account: a holder's account in the customer area, with the holder record.
import { builder } from '../../../builder.js';
import { accountVisibility } from '../access.js';

export const HolderRef = builder.prismaObject('Holder', {
  description: 'The holder of an account; the reference email receives order and payment messages.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name of the holder (person or company).' }),
    taxCode: t.exposeString('taxCode', { nullable: true, description: 'Italian tax code or VAT number.' }),
    referenceEmail: t.expose('referenceEmail', { type: 'EmailAddress', description: 'Reference email.' }),
  }),
});

export const AccountRef = builder.prismaNode('Account', {
  description: 'A holder account in the customer area. Visible to its holder and to operators.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { holder: true, operator: true },
  findUnique: (id, ctx) => ({ id, AND: [accountVisibility(ctx.principal)] }),
  fields: (t) => ({
    username: t.exposeString('username', { description: 'Username in the customer area (e.g. 1234567@aruba.it).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the account was created.' }),
    holder: t.relation('holder', { nullable: true, description: 'The holder record (name and reference email).' }),
  }),
});
