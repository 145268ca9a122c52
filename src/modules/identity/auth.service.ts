// Sessions: random opaque bearer tokens, stored as SHA-256 hashes, with expiry
// and revocation. Passwords are hashed with scrypt.
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { AppDeps, Principal, Scope } from '../../shared/scope.js';
import type { CachedCredential } from '../../shared/auth-cache.js';
import { NONE, takeAttempt } from '../../shared/errors.js';
import { InvalidCredentialsError } from './errors.js';
import { bearerToken, hashToken, newToken } from './tokens.js';
import { isApiKeyToken, loadApiKey, noteApiKeyUse } from './api-key.service.js';

const scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, keylen: number) => Promise<Buffer>;
const KEY_LEN = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LEN);
  return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, saltB64, keyB64] = stored.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !keyB64) return false;
  const expected = Buffer.from(keyB64, 'base64');
  const actual = await scrypt(password, Buffer.from(saltB64, 'base64'), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export { hashToken, newToken, bearerToken } from './tokens.js';

/** The session of a token hash as a cacheable credential; null when unknown or revoked. */
async function loadSession(prisma: PrismaClient, tokenHash: string): Promise<CachedCredential | null> {
  const session = await prisma.session.findUnique({
    where: { tokenHash },
    select: { id: true, principalType: true, principalId: true, expiresAt: true, revokedAt: true },
  });
  if (!session || session.revokedAt) return null;
  const { expiresAt } = session;
  switch (session.principalType) {
    case 'HOLDER':
      return { principal: { type: 'HOLDER', accountId: session.principalId, sessionId: session.id }, expiresAt };
    case 'OPERATOR':
      return { principal: { type: 'OPERATOR', operatorId: session.principalId, sessionId: session.id }, expiresAt };
    case 'PANEL_USER': {
      const user = await prisma.panelUser.findUnique({ where: { id: session.principalId }, select: { serviceId: true } });
      if (!user) return null;
      const principal = { type: 'PANEL_USER' as const, panelUserId: session.principalId, serviceId: user.serviceId, sessionId: session.id };
      return { principal, expiresAt };
    }
  }
}

/** What authentication needs of the app: the database and the credential cache. */
export type AuthDeps = Pick<AppDeps, 'db' | 'auth' | 'log'>;

/**
 * The principal of a bearer token, or null when unknown, expired or revoked.
 * Served from the credential cache (src/shared/auth-cache.ts) when it can be.
 */
export async function principalFromToken(deps: AuthDeps, token: string, now: Date): Promise<Principal | null> {
  const tokenHash = hashToken(token);
  if (!isApiKeyToken(token)) return deps.auth.resolve(tokenHash, now, () => loadSession(deps.db.prisma, tokenHash));
  const principal = await deps.auth.resolve(tokenHash, now, () => loadApiKey(deps.db.prisma, tokenHash));
  if (principal?.type === 'HOLDER' && principal.apiKey) noteApiKeyUse({ prisma: deps.db.prisma, log: deps.log }, principal.apiKey.id, now);
  return principal;
}

/**
 * The bearer token of an Authorization header and its principal. `principal`
 * is null without a token and also for an unknown, expired or revoked one
 * (`token` set): callers refuse the latter.
 */
export async function authenticate(
  deps: AuthDeps,
  authorization: string | null | undefined,
  now: Date,
): Promise<{ token: string | null; principal: Principal | null }> {
  const token = bearerToken(authorization);
  return { token, principal: token ? await principalFromToken(deps, token, now) : null };
}

// Verifying against this hash when the username is unknown keeps the timing of
// a wrong username and a wrong password alike.
const DUMMY_HASH = 'scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  principalType: 'HOLDER' | 'PANEL_USER' | 'OPERATOR';
}

/**
 * Signs in a holder, panel user or operator by username and password and
 * opens a session. Throws InvalidCredentialsError without telling which part
 * was wrong.
 */
export async function login(scope: Scope, input: { username: string; password: string }): Promise<LoginResult> {
  const { prisma, now } = scope;
  const ttlHours = scope.config.SESSION_TTL_HOURS;
  const username = input.username.trim();
  // Security event: the username only as a hash, never the password or the token.
  const usernameHash = createHash('sha256').update(username).digest('hex').slice(0, 16);
  // Every attempt counts (also each aliased `login` of one request), per client and per username.
  const event = { event: 'login', usernameHash, clientIp: scope.clientIp };
  await takeAttempt(scope, 'loginPerClient', scope.clientIp ?? 'unknown', event);
  await takeAttempt(scope, 'loginPerAccount', username.toLowerCase(), event);
  const [account, panelUser, operator] = await Promise.all([
    prisma.account.findUnique({ where: { username }, select: { id: true, passwordHash: true } }),
    prisma.panelUser.findUnique({ where: { username }, select: { id: true, passwordHash: true } }),
    prisma.operator.findUnique({ where: { username }, select: { id: true, passwordHash: true } }),
  ]);
  const candidate = account
    ? { type: 'HOLDER' as const, ...account }
    : panelUser
      ? { type: 'PANEL_USER' as const, ...panelUser }
      : operator
        ? { type: 'OPERATOR' as const, ...operator }
        : null;
  const ok = await verifyPassword(input.password, candidate?.passwordHash ?? DUMMY_HASH);
  if (!candidate || !ok) {
    scope.log.warn(
      { event: 'login', outcome: 'failure', usernameHash, reason: candidate ? 'bad password' : 'unknown user' },
      'login failed',
    );
    throw new InvalidCredentialsError(NONE);
  }
  scope.log.info({ event: 'login', outcome: 'success', usernameHash, principalType: candidate.type }, 'login');

  const token = newToken();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  await prisma.session.create({
    data: { tokenHash: hashToken(token), principalType: candidate.type, principalId: candidate.id, createdAt: now, expiresAt },
  });
  return { token, expiresAt, principalType: candidate.type };
}

/**
 * Revokes the session of `token`, or with `everywhere` every live session of
 * its principal. Returns how many live sessions were revoked. Every revocation
 * of sessions goes through here (one place to announce it to other instances).
 */
export async function logout(scope: Scope, input: { token: string; everywhere?: boolean | null }): Promise<number> {
  const tokenHash = hashToken(input.token);
  if (!input.everywhere) {
    const { count } = await scope.prisma.session.updateMany({ where: { tokenHash, revokedAt: null }, data: { revokedAt: scope.now } });
    await scope.auth.revoke({ tokenHashes: [tokenHash] });
    return count;
  }
  const session = await scope.prisma.session.findUnique({ where: { tokenHash }, select: { principalType: true, principalId: true } });
  if (!session) return 0;
  const { count } = await scope.prisma.session.updateMany({
    where: { principalType: session.principalType, principalId: session.principalId, revokedAt: null },
    data: { revokedAt: scope.now },
  });
  await scope.auth.revoke({ principalKey: `${session.principalType}:${session.principalId}` });
  scope.log.info({ event: 'logout', everywhere: true, principalType: session.principalType, revoked: count }, 'sessions revoked');
  return count;
}

/** Whether the bearer token of a request (or subscription) still signs someone in: not revoked, not expired. */
export async function stillSignedIn(ctx: AuthDeps & { token: string | null; clock: () => Date }): Promise<boolean> {
  return ctx.token !== null && (await principalFromToken(ctx, ctx.token, ctx.clock())) !== null;
}
