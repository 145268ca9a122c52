// Described `totalCount` for the Prisma connections (the plugin's own field has
// no description). Works for relatedConnection (a number) and prismaConnection
// (a function computing it).
import type { builder } from '../../builder.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

interface ConnectionParent {
  totalCount?: unknown;
  edges?: unknown[];
  pageInfo?: { hasNextPage?: boolean; hasPreviousPage?: boolean };
}

/**
 * The count across pages. When the page holds every result (nothing before it,
 * nothing after it), that is the page's length: no COUNT statement.
 */
async function totalCountOf(parent: unknown): Promise<number> {
  const { totalCount: value, edges, pageInfo } = parent as ConnectionParent;
  if (typeof value === 'function' && Array.isArray(edges) && pageInfo?.hasNextPage === false && pageInfo.hasPreviousPage === false)
    return edges.length;
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
