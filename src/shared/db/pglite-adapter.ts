// PGlite driver adapter for Prisma 6.19. pglite-prisma-adapter 0.6.1 was built
// for an older adapter protocol and passes `bytes` arguments (sent by the
// client engine as base64 strings) through unchanged; this wrapper decodes
// them from the argument types before they reach PGlite.
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
  Transaction,
} from '@prisma/driver-adapter-utils';

function decodeArg(arg: unknown, scalarType: string | undefined): unknown {
  if (scalarType !== 'bytes') return arg;
  if (typeof arg === 'string') return Buffer.from(arg, 'base64');
  if (Array.isArray(arg)) return (arg as unknown[]).map((a) => (typeof a === 'string' ? Buffer.from(a, 'base64') : a));
  return arg;
}

function fixQuery(query: SqlQuery): SqlQuery {
  if (!query.argTypes.some((t) => t.scalarType === 'bytes')) return query;
  return { ...query, args: query.args.map((a, i) => decodeArg(a, query.argTypes[i]?.scalarType)) };
}

function wrapQueryable<T extends SqlQueryable>(inner: T): T {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === 'queryRaw') return (q: SqlQuery): ReturnType<T['queryRaw']> => target.queryRaw(fixQuery(q)) as ReturnType<T['queryRaw']>;
      if (prop === 'executeRaw') return (q: SqlQuery) => target.executeRaw(fixQuery(q));
      if (prop === 'startTransaction') {
        return async (...args: Parameters<SqlDriverAdapter['startTransaction']>) =>
          wrapQueryable<Transaction>(await (target as unknown as SqlDriverAdapter).startTransaction(...args));
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export class PGliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'pglite-prisma-adapter';
  private readonly inner: PrismaPGlite;

  constructor(client: PGlite) {
    this.inner = new PrismaPGlite(client);
  }

  async connect(): Promise<SqlDriverAdapter> {
    return wrapQueryable(await this.inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return wrapQueryable(await this.inner.connectToShadowDb());
  }
}
