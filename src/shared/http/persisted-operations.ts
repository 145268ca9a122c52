// Persisted operations (@graphql-yoga/plugin-persisted-operations): a client
// may send `"extensions": { "persistedQuery": { "version": 1, "sha256Hash":
// "<hex>" } }` instead of the text of an operation of the manifest (hash -> document, written by `npm run codegen` for the example
// client). PERSISTED_OPERATIONS=required turns the manifest into an allow-list:
// any other document is refused (production clients that ship their
// operations). Read once at start; a missing or malformed manifest stops a
// `required` server at start.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import { PROJECT_ROOT } from '../db/migrate.js';
import type { Logger } from '../logger.js';

export class PersistedOperationsError extends Error {}

/** The manifest, or null when it cannot be read. */
export function loadManifest(file: string): ReadonlyMap<string, string> | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path.resolve(PROJECT_ROOT, file), 'utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const entries = Object.entries(parsed as Record<string, unknown>);
    if (!entries.every(([, v]) => typeof v === 'string')) return null;
    return new Map(entries as [string, string][]);
  } catch {
    return null;
  }
}

export function persistedOperationsPlugin(config: Config, log: Logger): Plugin | null {
  if (config.PERSISTED_OPERATIONS === 'off') return null;
  const manifest = loadManifest(config.PERSISTED_OPERATIONS_FILE);
  if (!manifest) {
    if (config.PERSISTED_OPERATIONS === 'required')
      throw new PersistedOperationsError(
        `PERSISTED_OPERATIONS=required but ${config.PERSISTED_OPERATIONS_FILE} is missing or not a JSON object of strings`,
      );
    log.warn({ file: config.PERSISTED_OPERATIONS_FILE }, 'persisted operations manifest not found: only full documents are accepted');
    return null;
  }
  return usePersistedOperations({
    // Manifest keys are `sha256:<hex>` (codegen); clients send the hex.
    getPersistedOperation: (key) => manifest.get(`sha256:${key}`) ?? manifest.get(key) ?? null,
    allowArbitraryOperations: config.PERSISTED_OPERATIONS === 'optional',
    // Client errors: HTTP 400 (a request without a query or a known hash is malformed).
    customErrors: {
      notFound: { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } } },
      keyNotFound: { message: 'PersistedQueryKeyNotFound', extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } } },
      persistedQueryOnly: { message: 'PersistedQueryOnly', extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } } },
    },
  });
}
