// Service: one "Fatturazione Elettronica" subscription, with every derived
// field computed by the pure domain functions at ctx.now with ctx.policy.
import { builder } from '../../../builder.js';
import { localId } from '../../../shared/global-id.js';
import type { ActionAvailability } from '../domain/service.js';
import {
  ActionBlockCodeEnum,
  CartPurposeEnum,
  DocumentKindEnum,
  EditionEnum,
  OrderStatusEnum,
  OrderTypeEnum,
  PaymentMethodEnum,
  RestrictionReasonEnum,
  ServiceActionEnum,
  ServiceStatusEnum,
} from '../../../shared/schema/enums.js';
import { messages } from '../../../i18n/index.js';
import { ACTION_CART_PURPOSE } from '../../../shared/domain/types.js';
import { boughtModules, boughtSeats, serviceActions, serviceState, serviceStorage } from '../domain/subscription.js';
import { serviceFactsInclude } from '../service.service.js';
import { serviceVisibility } from '../../identity/index.js';
import { StorageUsageRef } from './storage.js';
import { ServiceModuleRef, availableModulesOf } from './module.js';
import { catalogOf } from '../../catalog/schema/index.js';
import { UserSeatsRef } from '../../identity/schema/index.js';
import { ModuleRef } from '../../catalog/schema/index.js';
import { countedConnection } from '../../../shared/schema/connection.js';

export const ServiceActionAvailabilityRef = builder.objectRef<ActionAvailability>('ServiceActionAvailability').implement({
  description: 'Whether an action is offered for a service and, if not, why.',
  fields: (t) => ({
    action: t.field({ type: ServiceActionEnum, description: 'The action.', resolve: (a) => a.action }),
    available: t.exposeBoolean('available', { description: 'True when the action is offered now.' }),
    reason: t.string({
      nullable: true,
      description: 'Why it is not offered, in the request language; null when available.',
      resolve: (a, _args, ctx) => (a.reasonCode === null ? null : messages(ctx.locale).blocked[a.reasonCode]),
    }),
    cartPurpose: t.field({
      type: CartPurposeEnum,
      description: 'The cart purpose to open with createCart to take this action.',
      resolve: (a) => ACTION_CART_PURPOSE[a.action],
    }),
    reasonCode: t.field({
      type: ActionBlockCodeEnum,
      nullable: true,
      description: 'Stable code of why it is not offered; null when available.',
      resolve: (a) => a.reasonCode,
    }),
  }),
});

const billing = { authScopes: { holder: true, operator: true }, unauthorizedResolver: () => null } as const;

export const ServiceRef = builder.prismaNode('Service', {
  description:
    'One e-invoicing service of an account. Panel users can read their own service; its billing fields ' +
    '(orders, autoRenew, autoRenewAt, availableActions, availableModules, users) are null for them.',
  id: { field: 'id' },
  nullable: true,
  // The facts every derived field reads, loaded with every service: a field
  // with a selection of its own is wrapped by the prisma plugin, which looks
  // up its selection for each row (about 6% of a dashboard's CPU for the
  // eight derived fields).
  include: serviceFactsInclude,
  findUnique: (id, ctx) => ({ id, AND: [serviceVisibility(ctx.principal)] }),
  fields: (t) => ({
    username: t.exposeString('username', { description: 'Panel username of the service.' }),
    edition: t.expose('edition', { type: EditionEnum, description: 'FULL or RECEIVE_ONLY ("Solo Ricezione").' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the service was bought.' }),
    activatedAt: t.expose('activatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the first purchase was paid; null while PENDING.',
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'Expiry day (00:00 UTC).' }),
    status: t.field({
      type: ServiceStatusEnum,
      description: 'PENDING, ACTIVE, SUSPENDED (restricted mode) or CANCELLED.',
      resolve: (s, _a, ctx) => serviceState(s, ctx.now, ctx.policy).status,
    }),
    restrictedMode: t.boolean({
      description: 'True while a restriction reason holds.',
      resolve: (s, _a, ctx) => serviceState(s, ctx.now, ctx.policy).restrictedMode,
    }),
    restrictionReasons: t.field({
      type: [RestrictionReasonEnum],
      description: 'Why the service is restricted (EXPIRED, STORAGE_FULL; both can hold).',
      resolve: (s, _a, ctx) => serviceState(s, ctx.now, ctx.policy).reasons,
    }),
    daysToExpiry: t.int({
      description: 'Whole days from today (UTC) to the expiry day: 0 on the expiry day, negative after.',
      resolve: (s, _a, ctx) => serviceState(s, ctx.now, ctx.policy).daysToExpiry,
    }),
    expiryWarning: t.boolean({
      description: 'True (shown in red) from `expiryWarningDays` (policy) before expiry.',
      resolve: (s, _a, ctx) => serviceState(s, ctx.now, ctx.policy).expiryWarning,
    }),
    graceEndsAt: t.field({
      type: 'DateTime',
      description: 'Last day of the grace period; the day after, the service is cancelled.',
      resolve: (s, _a, ctx) => serviceState(s, ctx.now, ctx.policy).graceEndsAt,
    }),
    autoRenew: t.boolean({
      ...billing,
      nullable: true,
      description: 'Auto-renew is on. Null for panel users.',
      resolve: (s, _a, ctx) => serviceState(s, ctx.now, ctx.policy).autoRenew,
    }),
    autoRenewAt: t.field({
      ...billing,
      type: 'DateTime',
      nullable: true,
      description: 'When the automatic renewal is charged (expiry minus `autoRenewLeadDays`); null when off or for panel users.',
      resolve: (s, _a, ctx) => serviceState(s, ctx.now, ctx.policy).autoRenewAt,
    }),
    autoRenewMethod: t.field({
      ...billing,
      type: PaymentMethodEnum,
      nullable: true,
      description: 'Payment method auto-renew charges (the one of the last paid order); null when off or for panel users.',
      resolve: (s) => (s.autoRenewEnabled ? s.autoRenewMethod : null),
    }),
    storage: t.field({
      type: StorageUsageRef,
      description: 'Storage bought, used, warning and recommended quantity.',
      resolve: (s, _a, ctx) => serviceStorage(s, ctx.now, ctx.policy),
    }),
    modules: t.field({
      type: [ServiceModuleRef],
      description: 'Modules bought and in force, with their expiry.',
      resolve: (s, _a, ctx) => boughtModules(s, ctx.now),
    }),
    availableModules: t.field({
      ...billing,
      type: [ModuleRef],
      nullable: true,
      description: 'Modules not bought yet, with their prices. Null for panel users.',
      resolve: async (s, _a, ctx) => availableModulesOf(await catalogOf(ctx), boughtModules(s, ctx.now)),
    }),
    userSeats: t.field({
      type: UserSeatsRef,
      description: 'User seats bought and panel users configured.',
      select: { _count: { select: { panelUsers: true } } },
      resolve: (s, _a, ctx) => ({ bought: boughtSeats(s, ctx.now), configured: s._count.panelUsers }),
    }),
    users: t.relation('panelUsers', {
      ...billing,
      nullable: true,
      description: 'Panel users configured in the service. Null for panel users.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    availableActions: t.field({
      ...billing,
      type: [ServiceActionAvailabilityRef],
      nullable: true,
      description: 'Every ServiceAction with whether it is offered and why not. Null for panel users.',
      resolve: (s, _a, ctx) => serviceActions(s, ctx.now, ctx.policy),
    }),
    orders: t.relatedConnection(
      'orders',
      {
        ...billing,
        nullable: true,
        description: 'Orders of the service, newest first. Null for panel users (billing).',
        totalCount: true,
        cursor: 'id',
        args: {
          status: t.arg({ type: OrderStatusEnum, required: false, description: 'Only orders in this status.' }),
          type: t.arg({ type: OrderTypeEnum, required: false, description: 'Only orders of this type.' }),
        },
        query: (args) => ({
          where: { ...(args.status ? { status: args.status } : {}), ...(args.type ? { type: args.type } : {}) },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
      },
      countedConnection('A page of orders of a service.'),
      { description: 'An order with its cursor.' },
    ),
    documents: t.relatedConnection(
      'documents',
      {
        description: 'Documents of the service, newest first (readable also in restricted mode).',
        totalCount: true,
        cursor: 'id',
        args: {
          kind: t.arg({ type: DocumentKindEnum, required: false, description: 'Only documents of this kind.' }),
        },
        query: (args) => ({
          where: args.kind ? { kind: args.kind } : {},
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
      },
      countedConnection('A page of documents of a service.'),
      { description: 'A document with its cursor.' },
    ),
  }),
});

builder.queryField('service', (t) =>
  t.prismaField({
    type: ServiceRef,
    nullable: true,
    description: 'A service visible to the signed-in party; null when unknown, malformed or not yours.',
    args: { id: t.arg.id({ description: 'Global ID of the service.' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = localId(args.id, 'Service');
      if (!id || !ctx.principal) return null;
      return ctx.prisma.service.findFirst({ ...query, where: { id, AND: [serviceVisibility(ctx.principal)] } });
    },
  }),
);
