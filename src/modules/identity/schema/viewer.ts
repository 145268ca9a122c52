// viewer: the signed-in party, its account (holders), services and orders.
import { builder } from '../../../builder.js';
import { AccountRef } from './account.js';
import type { ViewerValue } from '../viewer.service.js';

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
