// API keys: a partner's credential for one account (README "API keys"). The
// secret (`fek_` + 32 random bytes, base64url) is shown once at creation;
// only its SHA-256 is stored, with its first characters as a visible prefix.
// A key signs in as the holder of its account with only its scopes; its
// revocation reaches every instance through the credential cache's bus.
import { randomBytes } from 'node:crypto';
import type { ApiKey as ApiKeyRow, PrismaClient } from '../../generated/prisma/client.js';
import type { ApiKeyScope } from '../../generated/prisma/enums.js';
import type { Scope } from '../../shared/scope.js';
import type { CachedCredential } from '../../shared/auth-cache.js';
import { ForbiddenError, NONE, notFound } from '../../shared/errors.js';
import { SCHEMA_LIMITS } from '../../shared/limits.js';
import { hashToken } from './tokens.js';
import { ApiKeyExpiryInPastError, ApiKeyLimitError } from './errors.js';

/** Every API key starts with this (secret scanners can recognise it). */
export const API_KEY_PREFIX = 'fek_';
/** Characters of the secret kept as its visible prefix. */
const VISIBLE_CHARS = 12;

export function isApiKeyToken(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

/** The owner key of a key's cached credential (revocations name it). */
export function apiKeyOwner(apiKeyId: string): string {
  return `API_KEY:${apiKeyId}`;
}

/** The account of the signed-in holder session; refuses API keys (keys never manage keys) and everyone else. */
function holderSession(scope: Scope): string {
  const { principal } = scope;
  if (principal?.type !== 'HOLDER' || principal.apiKey) throw new ForbiddenError(NONE);
  return principal.accountId;
}

export interface CreatedApiKey {
  apiKey: ApiKeyRow;
  secret: string;
}

export async function createApiKey(
  scope: Scope,
  input: { label: string; scopes: readonly ApiKeyScope[]; expiresAt?: Date | null },
): Promise<CreatedApiKey> {
  const accountId = holderSession(scope);
  if (input.expiresAt && input.expiresAt <= scope.now) throw new ApiKeyExpiryInPastError(NONE);
  const max = SCHEMA_LIMITS.maxApiKeysPerAccount;
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const apiKey = await scope.prisma.$transaction(async (tx) => {
    // One creation at a time per account, so that the limit holds.
    await tx.$queryRaw`SELECT "id" FROM "Account" WHERE "id" = ${accountId} FOR UPDATE`;
    const live = await tx.apiKey.count({
      where: { accountId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: scope.now } }] },
    });
    if (live >= max) throw new ApiKeyLimitError({ max });
    return tx.apiKey.create({
      data: {
        accountId,
        label: input.label.trim(),
        prefix: secret.slice(0, VISIBLE_CHARS),
        secretHash: hashToken(secret),
        scopes: [...new Set(input.scopes)],
        createdAt: scope.now,
        expiresAt: input.expiresAt ?? null,
      },
    });
  });
  scope.log.info({ event: 'api-key', outcome: 'created', apiKeyId: apiKey.id, scopes: apiKey.scopes }, 'API key created');
  return { apiKey, secret };
}

/** Revokes a key of the holder's account at once on every instance; revoking it again changes nothing. */
export async function revokeApiKey(scope: Scope, input: { apiKeyId: string }) {
  const accountId = holderSession(scope);
  const key = await scope.prisma.apiKey.findFirst({ where: { id: input.apiKeyId, accountId } });
  if (!key) throw notFound('API key', 'apiKeyId');
  if (key.revokedAt) return key;
  const revoked = await scope.prisma.apiKey.update({ where: { id: key.id }, data: { revokedAt: scope.now } });
  await scope.auth.revoke({ principalKey: apiKeyOwner(key.id) });
  scope.log.info({ event: 'api-key', outcome: 'revoked', apiKeyId: key.id }, 'API key revoked');
  return revoked;
}

/** The keys of the holder's account (never their secrets). */
export function listApiKeys(scope: Scope) {
  const accountId = holderSession(scope);
  return scope.prisma.apiKey.findMany({ where: { accountId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
}

/** The credential of a key by the hash of its secret; null when unknown or revoked. */
export async function loadApiKey(prisma: PrismaClient, secretHash: string): Promise<CachedCredential | null> {
  const key = await prisma.apiKey.findUnique({
    where: { secretHash },
    select: { id: true, accountId: true, scopes: true, expiresAt: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  return {
    principal: { type: 'HOLDER', accountId: key.accountId, sessionId: null, apiKey: { id: key.id, scopes: key.scopes } },
    expiresAt: key.expiresAt,
  };
}

// Last use is written at most once a minute per key and instance, after the answer.
const lastUseWritten = new Map<string, number>();
const LAST_USE_EVERY_MS = 60_000;

/** Records that a key was used (throttled; failures are logged, never fail the request). */
export function noteApiKeyUse(deps: Pick<Scope, 'prisma' | 'log'>, apiKeyId: string, now: Date): void {
  const last = lastUseWritten.get(apiKeyId);
  if (last !== undefined && performance.now() - last < LAST_USE_EVERY_MS) return;
  lastUseWritten.set(apiKeyId, performance.now());
  if (lastUseWritten.size > 100_000) lastUseWritten.clear();
  deps.prisma.apiKey.update({ where: { id: apiKeyId }, data: { lastUsedAt: now } }).catch((err: unknown) => {
    deps.log.warn({ err, apiKeyId }, 'API key last use not recorded');
  });
}
