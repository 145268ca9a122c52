// Whole answers reused where that is safe: anonymous queries of the public
// catalog only (@graphql-yoga/plugin-response-cache). A request with an
// Authorization header is never served from the cache (its token is checked as
// usual), and an operation that reads anything besides `catalog` is never
// stored: every other root field has a time to live of 0, and the smallest
// wins. Answers are kept per language, CATALOG_RESPONSE_CACHE_SECONDS at most,
// in Redis when REDIS_URL is set (shared by every instance). Their key names
// the catalog they were computed from (its version and current price period,
// src/modules/catalog/catalog.store.ts): a changed or newly valid price is
// served at once, never an older answer.
import { createHash } from 'node:crypto';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { localeFrom } from '../../i18n/index.js';
import { connectRedis, type Redis } from '../redis.js';

/** The root fields whose answers may be cached. */
const CATALOG_FIELD = 'catalog';
const CACHEABLE_ROOT_FIELDS = new Set([CATALOG_FIELD]);

export interface ResponseCacheStore {
  cache: Cache;
  close(): Promise<void>;
}

/** In Redis when REDIS_URL is set (keys under `prefix`), else in this process. */
export function createResponseCacheStore(config: Config, log: Logger, prefix = 'fe:rc'): ResponseCacheStore {
  if (!config.REDIS_URL) return { cache: createInMemoryCache({ max: 1000 }), close: () => Promise.resolve() };
  let redis: Promise<Redis> | null = null;
  const url = config.REDIS_URL;
  const store = async (): Promise<Cache> => {
    redis ??= connectRedis(url, 'response-cache');
    const { createRedisCache } = await import('@envelop/response-cache-redis');
    return createRedisCache({
      redis: await redis,
      buildRedisEntityId: (typename, id) => `${prefix}:entity:${typename}:${String(id)}`,
      buildRedisOperationResultCacheKey: (responseId) => `${prefix}:operations:${responseId}`,
    });
  };
  let shared: Promise<Cache> | null = null;
  const cache = (): Promise<Cache> => (shared ??= store());
  // A failing Redis answers "not cached" rather than failing the request.
  const guarded = async <T>(what: string, fallback: T, fn: (c: Cache) => Promise<T> | T): Promise<T> => {
    try {
      return await fn(await cache());
    } catch (err) {
      log.error({ err }, `response cache ${what} failed`);
      return fallback;
    }
  };
  return {
    cache: {
      get: (key) => guarded('read', undefined, (c) => c.get(`${prefix}:${key}`)),
      set: (key, value, entities, ttl) => guarded('write', undefined, (c) => c.set(`${prefix}:${key}`, value, entities, ttl)),
      invalidate: (entities) => guarded('invalidation', undefined, (c) => c.invalidate(entities)),
    },
    close: async () => {
      if (redis) await (await redis).quit().catch(() => undefined);
    },
  };
}

/** The plugin, or null when CATALOG_RESPONSE_CACHE_SECONDS is 0. */
export function catalogResponseCache(
  schema: GraphQLSchema,
  config: Config,
  store: ResponseCacheStore,
  /** Names the catalog now (changes when a price does). */
  catalogEdition: () => Promise<string>,
): Plugin | null {
  const seconds = config.CATALOG_RESPONSE_CACHE_SECONDS;
  if (seconds <= 0) return null;
  const ttlPerSchemaCoordinate: Record<string, number> = {};
  for (const name of Object.keys(schema.getQueryType()?.getFields() ?? {}))
    ttlPerSchemaCoordinate[`Query.${name}`] = CACHEABLE_ROOT_FIELDS.has(name) ? seconds * 1000 : 0;
  // Whether a request's operation may read the catalog, decided from its text
  // when its cache key is built: an operation whose text never names
  // `catalog` cannot read it, so it skips the key's hash and the plugin's work
  // around execution (collecting time-to-live values, walking the result).
  // Unknown until then (a conditional request's first look): enabled.
  const mayReadCatalog = new WeakMap<Request, boolean>();
  const enabled = (request: Request) => !request.headers.has('authorization') && mayReadCatalog.get(request) !== false;
  return useResponseCache({
    cache: store.cache,
    // Nothing is cached unless a field above says so.
    ttl: 0,
    ttlPerSchemaCoordinate,
    // Mutations never invalidate catalog answers (no mutation changes the catalog).
    invalidateViaMutation: false,
    enabled,
    // One entry per language of the answer.
    session: (request) => localeFrom(request.headers.get('accept-language')),
    // Hashed synchronously (WebCrypto's async digest cost more than answering
    // `{ __typename }`); signed-in requests and operations that cannot read the
    // catalog are never looked up, so they skip it.
    // Synchronous for a request the cache leaves alone (no promise to wait on).
    buildResponseCacheKey: ({ documentString, variableValues, operationName, sessionId, request }) => {
      mayReadCatalog.set(request, documentString.includes(CATALOG_FIELD));
      if (!enabled(request)) return '';
      return catalogEdition().then((edition) =>
        createHash('sha256')
          .update(JSON.stringify([edition, sessionId ?? '', operationName ?? '', documentString, variableValues ?? {}]))
          .digest('base64url'),
      );
    },
    // `extensions.responseCache` (hit, stored, ttl) under NODE_ENV=test, for the tests of what is cached.
    includeExtensionMetadata: config.NODE_ENV === 'test',
  });
}
