// Described `totalCount` for the Prisma connections (the plugin's own field has
// no description). Works for relatedConnection (a number) and prismaConnection
// (a function computing it).
import type { builder } from '../../builder.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

async function totalCountOf(parent: unknown): Promise<number> {
  const value = (parent as { totalCount?: unknown }).totalCount;
  const resolved: unknown = await (typeof value === 'function' ? (value as () => unknown)() : value);
  return typeof resolved === 'number' ? resolved : 0;
}

/** Connection options: a description and a described totalCount. */
export function countedConnection(description: string) {
  return {
    description,
    fields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, unknown>) => ({
      totalCount: t.int({
        nullable: false,
        description: 'Number of results matching the filters, across all pages.',
        extensions: { pothosPrismaTotalCount: true },
        resolve: (parent) => totalCountOf(parent),
      }),
    }),
  };
}
