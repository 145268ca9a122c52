// Viewer fields of the subscriptions module: the services the signed-in party sees.
import { builder } from '../../../builder.js';
import { ViewerRef } from '../../identity/schema/index.js';
import { NEWEST_FIRST, viewerServicesWhere } from '../../identity/index.js';
import { countedConnection } from '../../../shared/schema/connection.js';
import { ServiceRef } from './service.js';

builder.objectFields(ViewerRef, (t) => ({
  service: t.prismaField({
    type: ServiceRef,
    nullable: true,
    description: 'For a panel user, the one service they work in; null otherwise.',
    resolve: (query, v, _a, ctx) =>
      v.principal.type === 'PANEL_USER' ? ctx.prisma.service.findUnique({ ...query, where: { id: v.principal.serviceId } }) : null,
  }),
  services: t.prismaConnection(
    {
      type: ServiceRef,
      cursor: 'id',
      description: "Services visible: a holder's own, a panel user's one, every service for operators. Newest first.",
      totalCount: (v, _a, ctx) => ctx.prisma.service.count({ where: viewerServicesWhere(v.principal) }),
      resolve: (query, v, _a, ctx) =>
        ctx.prisma.service.findMany({ ...query, where: viewerServicesWhere(v.principal), orderBy: NEWEST_FIRST }),
    },
    countedConnection('A page of services.'),
    { description: 'A service with its cursor.' },
  ),
}));
