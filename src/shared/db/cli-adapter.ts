// Driver adapter for the Prisma CLI (migrate deploy, migrate diff, db push).
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PGlite } from '@electric-sql/pglite';
import { PGliteAdapterFactory } from './pglite-adapter.js';

const NAME_OID = 19;
const TEXT_OID = 25;

/**
 * `@prisma/adapter-pg` rejects the catalog type `name` (oid 19) that the schema
 * engine reads (prisma/orm#27403): report such columns as text. CLI only.
 */
class CatalogFriendlyPool extends pg.Pool {
  override query(...args: unknown[]): never {
    const run = super.query.bind(this) as (...a: unknown[]) => unknown;
    const result = run(...args);
    if (result instanceof Promise) {
      return result.then((res: pg.QueryResult) => {
        for (const field of res.fields) {
          if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
        }
        return res;
      }) as never;
    }
    return result as never;
  }
}

export function cliAdapterFactory(url: string | undefined, dataDir: string) {
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    return Promise.resolve(new PrismaPg(new CatalogFriendlyPool({ connectionString: url })));
  }
  // `memory://` (used for `migrate diff`, see prisma.config.ts): the CLI does
  // not dispose the adapter, and an open PGlite folder would keep it running.
  return Promise.resolve(new PGliteAdapterFactory(dataDir === 'memory://' ? new PGlite() : new PGlite(dataDir)));
}
