// Rate limits (rate-limiter-flexible): one budget per bucket and key, in Redis
// when REDIS_URL is set (shared by every instance) and in memory otherwise.
// Budgets come from the configuration (src/shared/limits.ts `rateLimitsOf`).
// A store that fails (Redis down) lets the request through and logs: rate
// limiting must not take the API down with it.
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { rateLimitsOf, type RateBucket } from './limits.js';
import { connectRedis, type Redis } from './redis.js';

export type { RateBucket } from './limits.js';

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes `points` from the budget of `key` in `bucket`. */
  consume(bucket: RateBucket, key: string, points?: number): Promise<RateDecision>;
  close(): Promise<void>;
}

export function createRateLimiter(config: Config, log: Logger, opts: { keyPrefix?: string } = {}): RateLimiter {
  const budgets = rateLimitsOf(config);
  const prefix = opts.keyPrefix ?? 'fe:rl';
  const redisUrl = config.REDIS_URL;
  // The Redis connection is opened with the first use (ioredis is not loaded otherwise).
  let redis: Promise<Redis> | null = null;
  const limiters = new Map<RateBucket, Promise<RateLimiterAbstract>>();
  const limiterOf = (bucket: RateBucket): Promise<RateLimiterAbstract> => {
    let limiter = limiters.get(bucket);
    if (!limiter) {
      const options = { keyPrefix: `${prefix}:${bucket}`, points: budgets[bucket].points, duration: budgets[bucket].seconds };
      if (redisUrl) {
        redis ??= connectRedis(redisUrl, 'rate-limit');
        limiter = redis.then((storeClient) => new RateLimiterRedis({ ...options, storeClient }));
      } else limiter = Promise.resolve(new RateLimiterMemory(options));
      limiters.set(bucket, limiter);
    }
    return limiter;
  };
  return {
    async consume(bucket, key, points = 1) {
      if (budgets[bucket].points <= 0) return { ok: true };
      try {
        await (await limiterOf(bucket)).consume(key, points);
        return { ok: true };
      } catch (err) {
        if (err instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) };
        log.error({ err, bucket }, 'rate limit store failed; request let through');
        return { ok: true };
      }
    },
    async close() {
      if (redis) await (await redis).quit().catch(() => undefined);
    },
  };
}
