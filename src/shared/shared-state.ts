// State an instance keeps beside the database and shares with the other
// instances (through Redis when REDIS_URL is set, else PostgreSQL, else in
// process): rate-limit budgets, the bus, the credential cache. Built once at
// start (and per test app), closed at shutdown.
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Logger } from './logger.js';
import { createRateLimiter, type RateLimiter } from './rate-limit.js';
import { createBus, type Bus } from './bus.js';
import { createAuthCache, type AuthCache } from './auth-cache.js';
import { createResponseCacheStore, type ResponseCacheStore } from './http/response-cache.js';
import { openLiveUpdates, type LiveUpdates } from './live-updates.js';

export interface SharedState {
  limiter: RateLimiter;
  bus: Bus;
  auth: AuthCache;
  /** Stored answers of anonymous catalog queries (src/shared/http/response-cache.ts). */
  responses: ResponseCacheStore;
  /** Live updates of subscriptions (src/shared/live-updates.ts). */
  live: LiveUpdates;
}

export async function openSharedState(
  db: Database,
  config: Config,
  log: Logger,
  /** Separates apps that share one Redis (tests). */
  opts: { keyPrefix?: string } = {},
): Promise<SharedState> {
  const limiter = createRateLimiter(config, log, opts.keyPrefix ? { keyPrefix: `${opts.keyPrefix}:rl` } : {});
  const bus = createBus({
    redisUrl: config.REDIS_URL,
    postgresUrl: db.target.kind === 'postgres' ? db.target.url : undefined,
    ...(opts.keyPrefix ? { prefix: opts.keyPrefix } : {}),
    log,
  });
  await bus.ready();
  const auth = createAuthCache({ bus, ttlSeconds: config.AUTH_CACHE_SECONDS, maxEntries: config.AUTH_CACHE_MAX_ENTRIES });
  const responses = createResponseCacheStore(config, log, `${opts.keyPrefix ?? 'fe'}:rc`);
  const live = await openLiveUpdates(config);
  return { limiter, bus, auth, responses, live };
}

export async function closeSharedState(state: SharedState): Promise<void> {
  await Promise.all([state.limiter.close(), state.bus.close(), state.responses.close(), state.live.close()]);
}
