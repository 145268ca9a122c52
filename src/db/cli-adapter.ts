// Driver adapter for the Prisma CLI (migrate deploy, migrate diff, db push).
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PGliteAdapterFactory } from './pglite-adapter.js';

const NAME_OID = 19;
const TEXT_OID = 25;

/**
 * `@prisma/adapter-pg` rejects the catalog type `name` (oid 19) that the schema
 * engine reads (prisma/orm#27403): report such columns as text. CLI only.
 */
class CatalogFriendlyPool extends pg.Pool {
  override query(...args: unknown[]): never {
    const run = super.query as (...a: unknown[]) => unknown;
    const result = run.apply(this, args);
    if (result instanceof Promise) {
      return result.then((res: pg.QueryResult) => {
        for (const field of res.fields ?? []) {
          if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
        }
        return res;
      }) as never;
    }
    return result as never;
  }
}

export async function cliAdapterFactory(url: string | undefined, dataDir: string) {
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    return new PrismaPg(new CatalogFriendlyPool({ connectionString: url }));
  }
  return new LazyPGliteFactory(dataDir);
}

/** An adapter whose dispose() also closes PGlite, so the CLI can exit. */
async function closingOnDispose(lite: PGlite): Promise<SqlDriverAdapter> {
  const adapter = await new PGliteAdapterFactory(lite).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await lite.close();
  };
  return adapter;
}

/**
 * Opens the PGlite folder only when the schema engine actually connects:
 * `migrate diff` between datamodels never does, and an open PGlite would keep
 * the CLI process alive (and lock the folder a running server uses).
 */
class LazyPGliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'pglite-prisma-adapter';

  constructor(private readonly dataDir: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return closingOnDispose(this.dataDir === 'memory://' ? new PGlite() : new PGlite(this.dataDir));
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return closingOnDispose(new PGlite());
  }
}
