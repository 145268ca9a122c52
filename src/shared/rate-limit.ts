// Rate limits (rate-limiter-flexible): one budget per bucket and key, in Redis
// when REDIS_URL is set (shared by every instance) and in memory otherwise.
// Budgets come from the configuration (src/shared/limits.ts `rateLimitsOf`).
// A store that fails (Redis down) lets the request through and logs: rate
// limiting must not take the API down with it.
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { rateLimitsOf, type RateBucket } from './limits.js';
import { connectRedis } from './redis.js';

export type { RateBucket } from './limits.js';

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes `points` from the budget of `key` in `bucket`. */
  consume(bucket: RateBucket, key: string, points?: number): Promise<RateDecision>;
  close(): Promise<void>;
}

export function createRateLimiter(config: Config, log: Logger, opts: { keyPrefix?: string } = {}): RateLimiter {
  const budgets = rateLimitsOf(config);
  const redis: Redis | null = config.REDIS_URL ? connectRedis(config.REDIS_URL, 'rate-limit') : null;
  const prefix = opts.keyPrefix ?? 'fe:rl';
  const limiters = new Map<RateBucket, RateLimiterAbstract>();
  for (const [bucket, budget] of Object.entries(budgets) as [RateBucket, { points: number; seconds: number }][]) {
    const options = { keyPrefix: `${prefix}:${bucket}`, points: budget.points, duration: budget.seconds };
    limiters.set(bucket, redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options));
  }
  return {
    async consume(bucket, key, points = 1) {
      const limiter = limiters.get(bucket);
      if (!limiter || budgets[bucket].points <= 0) return { ok: true };
      try {
        await limiter.consume(key, points);
        return { ok: true };
      } catch (err) {
        if (err instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) };
        log.error({ err, bucket }, 'rate limit store failed; request let through');
        return { ok: true };
      }
    },
    async close() {
      if (redis) await redis.quit().catch(() => undefined);
    },
  };
}
