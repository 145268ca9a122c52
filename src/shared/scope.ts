// The one argument every use case receives first: `(scope, input)`. A scope is
// built once per request (src/context.ts) and once per job run (systemScope):
// database handle, clock reading, policy, configuration, who acts, logger.
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { PrincipalType } from '../generated/prisma/enums.js';
import type { Logger } from './logger.js';
import type { Policy } from './domain/policy.js';
import type { Locale } from '../i18n/index.js';
import type { RateLimiter } from './rate-limit.js';
import type { Bus } from './bus.js';
import type { AuthCache } from './auth-cache.js';
import type { ResponseCacheStore } from './http/response-cache.js';
import type { LiveUpdates } from './live-updates.js';
import type { Principal } from './principal.js';

export type { Locale } from '../i18n/index.js';

export type { Principal } from './principal.js';

/** Who did something, for the audit log: a principal, or a system job (type null, id its name). */
export interface Actor {
  type: PrincipalType | null;
  id: string | null;
}

/** Process-wide dependencies, built once at start (or per test file). */
export interface AppDeps {
  db: Database;
  config: Config;
  policy: Policy;
  log: Logger;
  /** The clock; tests pin it. */
  clock: () => Date;
  /** Rate-limit budgets (shared through Redis when REDIS_URL is set). */
  limiter: RateLimiter;
  /** Messages between the instances sharing the database (revocations, catalog changes). */
  bus: Bus;
  /** Credentials read recently (src/shared/auth-cache.ts). */
  auth: AuthCache;
  /** Stored answers of anonymous catalog queries. */
  responses: ResponseCacheStore;
  /** Live updates of GraphQL subscriptions. */
  live: LiveUpdates;
}

export interface Scope {
  db: Database;
  prisma: PrismaClient;
  /** `now` of this request or run, read once so that everything agrees. */
  now: Date;
  policy: Policy;
  config: Config;
  log: Logger;
  principal: Principal | null;
  actor: Actor;
  /** Language of the messages the caller reads. */
  locale: Locale;
  /** The process clock, for work that outlives this scope (a later webhook delivery). */
  clock: () => Date;
  limiter: RateLimiter;
  bus: Bus;
  auth: AuthCache;
  responses: ResponseCacheStore;
  live: LiveUpdates;
  /** Address of the HTTP client (null for jobs and in-process calls). */
  clientIp: string | null;
}

export function actorOf(principal: Principal | null): Actor {
  switch (principal?.type) {
    case undefined:
      return { type: null, id: null };
    case 'HOLDER':
      return { type: 'HOLDER', id: principal.accountId };
    case 'PANEL_USER':
      return { type: 'PANEL_USER', id: principal.panelUserId };
    case 'OPERATOR':
      return { type: 'OPERATOR', id: principal.operatorId };
  }
}

/** The key of a principal's own budget (anonymous callers: their client address). */
export function principalKey(principal: Principal | null, clientIp: string | null): string {
  switch (principal?.type) {
    case undefined:
      return `ip:${clientIp ?? 'unknown'}`;
    case 'HOLDER':
      // Each API key has its own budget, apart from its holder's sessions.
      return principal.apiKey ? `api-key:${principal.apiKey.id}` : `holder:${principal.accountId}`;
    case 'PANEL_USER':
      return `panel-user:${principal.panelUserId}`;
    case 'OPERATOR':
      return `operator:${principal.operatorId}`;
  }
}

/** The scope of a request. */
export function requestScope(
  deps: AppDeps,
  principal: Principal | null,
  locale: Locale,
  now: Date = deps.clock(),
  clientIp: string | null = null,
  /** The request's own logger (its lines carry the request id). */
  log: Logger = deps.log,
): Scope {
  return {
    db: deps.db,
    prisma: deps.db.prisma,
    now,
    policy: deps.policy,
    config: deps.config,
    log,
    principal,
    actor: actorOf(principal),
    locale,
    clock: deps.clock,
    limiter: deps.limiter,
    bus: deps.bus,
    auth: deps.auth,
    responses: deps.responses,
    live: deps.live,
    clientIp,
  };
}

/** The scope of a system run (a job, a webhook): no principal; the actor is the system part's name. */
export function systemScope(deps: AppDeps, actorId: string, now: Date = deps.clock()): Scope {
  return { ...requestScope(deps, null, 'en', now), actor: { type: null, id: actorId } };
}

/** The process dependencies a scope was built from. */
export function depsOf(scope: AppDeps): AppDeps {
  const { db, config, policy, log, clock, limiter, bus, auth, responses, live } = scope;
  return { db, config, policy, log, clock, limiter, bus, auth, responses, live };
}
