// Viewer fields of the subscriptions module: the services the signed-in party sees.
import { builder } from '../../../builder.js';
import { ViewerRef } from '../../identity/schema/index.js';
import { NEWEST_FIRST, viewerServicesWhere } from '../../identity/index.js';
import { countedConnection } from '../../../shared/schema/connection.js';
import { ServiceRef } from './service.js';
import type { Service } from '../../../generated/prisma/client.js';

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
      // The dashboard's read: one statement without Prisma's query compiler when
      // the selection fits the reader (src/shared/db/json-reader.ts), else Prisma.
      resolve: async (query, v, _a, ctx) => {
        const args = { ...query, where: viewerServicesWhere(v.principal), orderBy: NEWEST_FIRST };
        const rows = await ctx.db.readMany('Service', args);
        return rows ? (rows as unknown as Service[]) : ctx.prisma.service.findMany(args);
      },
    },
    countedConnection('A page of services.'),
    { description: 'A service with its cursor.' },
  ),
}));
