// Outgoing webhooks (README "Outgoing webhooks"): endpoints of the account,
// their delivery log, and the mutations. Holders (with a session, or an API
// key with BILLING).
import { z } from 'zod';
import { builder } from '../../../builder.js';
import { requireId } from '../../../shared/global-id.js';
import { ForbiddenError, NotFoundError } from '../../../shared/errors.js';
import { SCHEMA_LIMITS } from '../../../shared/limits.js';
import { countedConnection } from '../../../shared/schema/connection.js';
import type { Context } from '../../../context.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookEndpoints,
  redeliverWebhook,
  updateWebhookEndpoint,
} from '../webhook.service.js';
import { WebhookEndpointLimitError, WebhookUrlRefusedError } from '../errors.js';
import type { WebhookEventType } from '../domain/webhooks.js';

const EVENT_DESCRIPTIONS: Record<WebhookEventType, string> = {
  'order.created': 'An order was placed (checkout or automatic renewal).',
  'order.paid': 'An order was paid and what it buys was applied.',
  'order.cancelled': 'An order awaiting payment was cancelled.',
  'order.payment_failed': 'A card or PayPal payment of an order was declined.',
  'service.expiring': 'A service entered its expiry warning period.',
  'service.restricted': 'A service expired and entered restricted mode (grace period).',
  'service.reactivated': 'A restricted service was renewed or reactivated.',
  'service.cancelled': 'A service was cancelled after its grace period.',
  'storage.warning': 'A service passed its storage warning threshold.',
  'storage.full': 'A service has no storage left.',
  'document.received': 'An invoice was received for a service.',
};

export const WebhookEventTypeEnum = builder.enumType('WebhookEventType', {
  description: 'Events an endpoint can receive; the delivered `type` is the lower-case dotted name (e.g. ORDER_PAID: `order.paid`).',
  values: Object.fromEntries(
    Object.entries(EVENT_DESCRIPTIONS).map(([wire, description]) => [
      wire.toUpperCase().replace('.', '_'),
      { value: wire as WebhookEventType, description: `\`${wire}\`: ${description}` },
    ]),
  ),
});

const isHolder = (ctx: Context, accountId: string) => ctx.principal?.type === 'HOLDER' && ctx.principal.accountId === accountId;
const NOTHING = { id: { in: [] as string[] } };

export const WebhookDeliveryRef = builder.prismaNode('WebhookDelivery', {
  description: 'One event sent to one endpoint: retried with backoff until the receiver answers 2xx, or given up.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) =>
    ctx.principal?.type === 'HOLDER' ? { id, endpoint: { accountId: ctx.principal.accountId, deletedAt: null } } : { id, AND: [NOTHING] },
  fields: (t) => ({
    eventId: t.exposeString('eventId', {
      description: 'Id of the event (the `webhook-id` header and `id` of the body): receivers dedupe by it.',
    }),
    eventType: t.exposeString('eventType', { description: 'Type of the event, e.g. `order.paid`.' }),
    status: t.exposeString('status', {
      description:
        'PENDING (to be sent or retried), SUCCEEDED (answered 2xx), FAILED (given up after the last retry) or CANCELLED (endpoint deleted or disabled).',
    }),
    attempts: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', description: 'When the next attempt is due (while PENDING).' }),
    lastResponseCode: t.exposeInt('lastResponseCode', { nullable: true, description: 'HTTP status of the last answer; null: no answer.' }),
    lastLatencyMs: t.exposeInt('lastLatencyMs', { nullable: true, description: 'Time the last attempt took, in milliseconds.' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed; null after a success.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the event was queued for this endpoint.' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true, description: 'When the receiver acknowledged it.' }),
  }),
});

export const WebhookEndpointRef = builder.prismaNode('WebhookEndpoint', {
  description: 'An HTTPS endpoint receiving the account’s events, signed in the Standard Webhooks form (README “Outgoing webhooks”).',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) =>
    ctx.principal?.type === 'HOLDER' ? { id, accountId: ctx.principal.accountId, deletedAt: null } : { id, AND: [NOTHING] },
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where events are POSTed.' }),
    description: t.exposeString('description', { description: 'Free text given by the holder.' }),
    eventTypes: t.field({
      type: [WebhookEventTypeEnum],
      description: 'Events sent to it.',
      resolve: (e) => e.eventTypes as WebhookEventType[],
    }),
    enabled: t.exposeBoolean('enabled', { description: 'False once disabled by the holder or after too many failed deliveries in a row.' }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true, description: 'When it was disabled.' }),
    disabledReason: t.exposeString('disabledReason', { nullable: true, description: 'Why it was disabled.' }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', { description: 'Failed deliveries since the last success.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
    deliveries: t.relatedConnection(
      'deliveries',
      {
        description: 'The delivery log, newest first.',
        totalCount: true,
        cursor: 'id',
        query: () => ({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
      },
      countedConnection('A page of deliveries of an endpoint.'),
      { description: 'A delivery with its cursor.' },
    ),
  }),
});

builder.prismaObjectField('Account', 'webhookEndpoints', (t) =>
  t.prismaField({
    type: [WebhookEndpointRef],
    nullable: true,
    description: 'Webhook endpoints of the account, newest first (their secrets are never shown again). Null for anyone but its holder.',
    resolve: (_query, account, _a, ctx) => (isHolder(ctx, account.id) ? listWebhookEndpoints(ctx, account.id) : null),
  }),
);

const CreateWebhookEndpointInput = builder.inputType('CreateWebhookEndpointInput', {
  description: 'A new endpoint for the account.',
  fields: (t) => ({
    url: t.string({
      description: 'An https URL of a public host (no credentials in it).',
      validate: z.string().trim().min(1).max(SCHEMA_LIMITS.maxWebhookUrlChars),
    }),
    eventTypes: t.field({
      type: [WebhookEventTypeEnum],
      description: 'Events to send to it (at least one).',
      validate: z.array(z.string()).min(1).max(50),
    }),
    description: t.string({ required: false, description: 'Free text (what receives it).', validate: z.string().max(200) }),
  }),
});

const CreateWebhookEndpointSuccess = builder.simpleObject('CreateWebhookEndpointSuccess', {
  description: 'The new endpoint and its signing secret.',
  fields: (t) => ({
    endpoint: t.field({ type: WebhookEndpointRef, description: 'The endpoint.' }),
    secret: t.string({
      description: 'The signing secret (`whsec_...`), shown this once: verify each delivery’s `webhook-signature` with it.',
    }),
  }),
});

builder.mutationField('createWebhookEndpoint', (t) =>
  t.field({
    type: CreateWebhookEndpointSuccess,
    description: 'Registers an endpoint that receives the chosen events of the account, signed with a new secret.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: CreateWebhookEndpointInput, required: true, description: 'URL, events, description.' }) },
    errors: { types: [WebhookUrlRefusedError, WebhookEndpointLimitError, ForbiddenError] },
    resolve: (_root, { input }, ctx) => createWebhookEndpoint(ctx, input),
  }),
);

const UpdateWebhookEndpointInput = builder.inputType('UpdateWebhookEndpointInput', {
  description: 'What to change of an endpoint; absent fields stay as they are.',
  fields: (t) => ({
    endpointId: t.id({ description: 'Global ID of the endpoint.' }),
    url: t.string({ required: false, description: 'New URL.', validate: z.string().trim().min(1).max(SCHEMA_LIMITS.maxWebhookUrlChars) }),
    eventTypes: t.field({
      type: [WebhookEventTypeEnum],
      required: false,
      description: 'New events to send to it (at least one).',
      validate: z.array(z.string()).min(1).max(50),
    }),
    description: t.string({ required: false, description: 'New description.', validate: z.string().max(200) }),
    enabled: t.boolean({ required: false, description: 'False: stop sending; true: send again (also after an automatic disabling).' }),
  }),
});

const EndpointSuccess = (name: string, description: string) =>
  builder.simpleObject(name, {
    description,
    fields: (t) => ({ endpoint: t.field({ type: WebhookEndpointRef, description: 'The endpoint.' }) }),
  });

builder.mutationField('updateWebhookEndpoint', (t) =>
  t.field({
    type: EndpointSuccess('UpdateWebhookEndpointSuccess', 'The changed endpoint.'),
    description: 'Changes an endpoint of the account: URL, events, description, enabled.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: UpdateWebhookEndpointInput, required: true, description: 'The endpoint and the changes.' }) },
    errors: { types: [WebhookUrlRefusedError, NotFoundError, ForbiddenError] },
    resolve: async (_root, { input }, ctx) => ({
      endpoint: await updateWebhookEndpoint(ctx, { ...input, endpointId: requireId(input.endpointId, 'WebhookEndpoint', 'endpointId') }),
    }),
  }),
);

const EndpointIdInput = (name: string) =>
  builder.inputType(name, {
    description: 'The endpoint.',
    fields: (t) => ({ endpointId: t.id({ description: 'Global ID of the endpoint.' }) }),
  });

const DeleteWebhookEndpointSuccess = builder.simpleObject('DeleteWebhookEndpointSuccess', {
  description: 'The endpoint is deleted: nothing more is sent to it.',
  fields: (t) => ({ deletedEndpointId: t.id({ description: 'Global ID of the deleted endpoint.' }) }),
});

builder.mutationField('deleteWebhookEndpoint', (t) =>
  t.field({
    type: DeleteWebhookEndpointSuccess,
    description: 'Deletes an endpoint: its pending deliveries are cancelled and nothing more is sent to it.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: EndpointIdInput('DeleteWebhookEndpointInput'), required: true, description: 'The endpoint.' }) },
    errors: { types: [NotFoundError, ForbiddenError] },
    resolve: async (_root, { input }, ctx) => {
      await deleteWebhookEndpoint(ctx, { endpointId: requireId(input.endpointId, 'WebhookEndpoint', 'endpointId') });
      return { deletedEndpointId: input.endpointId };
    },
  }),
);

const RedeliverWebhookInput = builder.inputType('RedeliverWebhookInput', {
  description: 'The delivery to send again.',
  fields: (t) => ({ deliveryId: t.id({ description: 'Global ID of the delivery (WebhookEndpoint.deliveries).' }) }),
});

const RedeliverWebhookSuccess = builder.simpleObject('RedeliverWebhookSuccess', {
  description: 'The delivery, due again now.',
  fields: (t) => ({ delivery: t.field({ type: WebhookDeliveryRef, description: 'The delivery.' }) }),
});

builder.mutationField('redeliverWebhook', (t) =>
  t.field({
    type: RedeliverWebhookSuccess,
    description: 'Sends a delivery again, as a new attempt now (also one that succeeded or was given up). The event keeps its id.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: RedeliverWebhookInput, required: true, description: 'The delivery.' }) },
    errors: { types: [NotFoundError, ForbiddenError] },
    resolve: async (_root, { input }, ctx) => ({
      delivery: await redeliverWebhook(ctx, { deliveryId: requireId(input.deliveryId, 'WebhookDelivery', 'deliveryId') }),
    }),
  }),
);
