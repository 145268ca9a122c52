// API keys (README "API keys"): created, listed and revoked by a holder signed
// in with a session; the secret is returned once, by createApiKey.
import { z } from 'zod';
import { builder } from '../../../builder.js';
import { requireId } from '../../../shared/global-id.js';
import { SCHEMA_LIMITS } from '../../../shared/limits.js';
import { ForbiddenError, NotFoundError } from '../../../shared/errors.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../api-key.service.js';
import { ApiKeyExpiryInPastError, ApiKeyLimitError } from '../errors.js';
import { AccountRef } from './account.js';

export const ApiKeyScopeEnum = builder.enumType('ApiKeyScope', {
  description: 'What an API key may do. Each scope adds to the others.',
  values: {
    READ: { description: 'Read the account, its services (state, storage, modules, users, actions) and the catalog.' },
    BILLING: { description: 'Read orders, carts and payments; open and edit carts, check out, pay, cancel orders, set auto-renew.' },
    DOCUMENTS: { description: 'Read, upload, update and delete documents of the services.' },
  } as const,
});

export const ApiKeyRef = builder.prismaNode('ApiKey', {
  description:
    'A credential for partner integrations, acting for one account with only its scopes. Its secret is shown once, when it is created.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) =>
    ctx.principal?.type === 'HOLDER' && !ctx.principal.apiKey
      ? { id, accountId: ctx.principal.accountId }
      : { id, AND: [{ id: { in: [] } }] },
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Name given at creation (what or who uses it).' }),
    prefix: t.exposeString('prefix', { description: 'First characters of the secret, to recognise it (e.g. in logs of the integration).' }),
    scopes: t.field({ type: [ApiKeyScopeEnum], description: 'What the key may do.', resolve: (k) => k.scopes }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'When it stops working; null: never.' }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last request made with it (recorded at most once a minute); null: never used.',
    }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When it was revoked; null: not revoked.' }),
    active: t.boolean({
      description: 'True while it works: not revoked and not expired.',
      resolve: (k, _a, ctx) => k.revokedAt === null && (k.expiresAt === null || k.expiresAt > ctx.now),
    }),
  }),
});

builder.objectField(AccountRef, 'apiKeys', (t) =>
  t.prismaField({
    type: [ApiKeyRef],
    nullable: true,
    description:
      'API keys of the account, newest first, without their secrets. Only for its holder signed in with a session; null otherwise.',
    resolve: async (_query, account, _a, ctx) =>
      ctx.principal?.type === 'HOLDER' && !ctx.principal.apiKey && ctx.principal.accountId === account.id ? listApiKeys(ctx) : null,
  }),
);

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new API key for the account of the signed-in holder.',
  fields: (t) => ({
    label: t.string({
      description: `What or who uses it (1 to ${String(SCHEMA_LIMITS.maxApiKeyLabelChars)} characters).`,
      validate: z.string().trim().min(1).max(SCHEMA_LIMITS.maxApiKeyLabelChars),
    }),
    scopes: t.field({
      type: [ApiKeyScopeEnum],
      description: 'What it may do (at least one).',
      validate: z.array(z.string()).min(1).max(3),
    }),
    expiresAt: t.field({ type: 'DateTime', required: false, description: 'When it stops working; absent: never.' }),
  }),
});

const CreateApiKeySuccess = builder.simpleObject('CreateApiKeySuccess', {
  description: 'The new key and its secret.',
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, description: 'The key.' }),
    secret: t.string({
      description: 'The secret, shown this once: send it as `Authorization: Bearer <secret>`. Only its hash is kept.',
    }),
  }),
});

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreateApiKeySuccess,
    description: 'Creates an API key for the account of the holder signed in with a session (API keys cannot create keys).',
    authScopes: { holder: true },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'Label, scopes and optional expiry.' }) },
    errors: { types: [ApiKeyLimitError, ApiKeyExpiryInPastError, ForbiddenError] },
    resolve: (_root, { input }, ctx) => createApiKey(ctx, input),
  }),
);

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: 'The key to revoke.',
  fields: (t) => ({ apiKeyId: t.id({ description: 'Global ID of the API key.' }) }),
});

const RevokeApiKeySuccess = builder.simpleObject('RevokeApiKeySuccess', {
  description: 'The revoked key.',
  fields: (t) => ({ apiKey: t.field({ type: ApiKeyRef, description: 'The key, with `revokedAt` set.' }) }),
});

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: RevokeApiKeySuccess,
    description:
      'Revokes an API key of the account at once, on every server instance: its next request is refused with HTTP 401. Revoking a revoked key changes nothing.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true, description: 'The key.' }) },
    errors: { types: [NotFoundError, ForbiddenError] },
    resolve: async (_root, { input }, ctx) => ({
      apiKey: await revokeApiKey(ctx, { apiKeyId: requireId(input.apiKeyId, 'ApiKey', 'apiKeyId') }),
    }),
  }),
);
