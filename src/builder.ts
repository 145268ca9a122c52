// The Pothos builder and its plugins. Types live in src/schema/.
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ErrorsPlugin from '@pothos/plugin-errors';
import ValidationPlugin from '@pothos/plugin-validation';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type PrismaTypes from './generated/pothos-prisma-types.js';
import { getDatamodel } from './generated/pothos-prisma-types.js';
import type { Context } from './context.js';
import { InvalidInputError, invalidInputFromIssues } from './shared/errors.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    authenticated: boolean;
    holder: boolean;
    panelUser: boolean;
    operator: boolean;
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    EmailAddress: { Input: string; Output: string };
    BigInt: { Input: bigint; Output: bigint | number };
  };
  DefaultInputFieldRequiredness: true;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  defaultInputFieldRequiredness: true,
  defaultFieldNullability: false,
  plugins: [
    ScopeAuthPlugin,
    ErrorsPlugin,
    ValidationPlugin,
    PrismaPlugin,
    RelayPlugin,
    SimpleObjectsPlugin,
  ],
  scopeAuth: {
    authScopes: (ctx) => ({
      authenticated: ctx.principal !== null,
      holder: ctx.principal?.type === 'HOLDER',
      panelUser: ctx.principal?.type === 'PANEL_USER',
      operator: ctx.principal?.type === 'OPERATOR',
    }),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false, description: 'The results of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The result.' },
    // Descriptions of the generated Relay types and fields (every public
    // field is described).
    idFieldOptions: { description: 'Opaque global ID (Relay object identification).' },
    nodeTypeOptions: { description: 'An object with an opaque global ID, readable with `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    nodeQueryOptions: {
      description: 'The object with this global ID, when visible to the signed-in party; null otherwise.',
      args: { id: { description: 'Global ID of the object.' } },
    },
    nodesQueryOptions: {
      description: 'The objects with these global IDs; null for each one not visible to the signed-in party.',
      args: { ids: { description: 'Global IDs of the objects.' } },
    },
    cursorFieldOptions: { description: 'Opaque cursor of this result, for `after`/`before`.' },
    pageInfoFieldOptions: { description: 'Pagination state of this page.' },
    hasNextPageFieldOptions: { description: 'True when more results follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when results precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first result of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last result of the page.' },
    firstArgOptions: { description: 'Returns at most this many results from the start (or after `after`).' },
    afterArgOptions: { description: 'Returns the results after this cursor.' },
    lastArgOptions: { description: 'Returns at most this many results from the end (or before `before`).' },
    beforeArgOptions: { description: 'Returns the results before this cursor.' },
    defaultConnectionTypeOptions: { description: 'A page of results (Relay connection).' },
    defaultEdgeTypeOptions: { description: 'One result of a connection with its cursor.' },
  },
  errors: {
    defaultTypes: [InvalidInputError],
    defaultUnionOptions: {
      description: 'Outcome of the operation: its success type, or one of the typed errors (UserError) it can refuse with.',
      name: ({ parentTypeName, fieldName }) =>
        parentTypeName === 'Mutation' ? `${capitalize(fieldName)}Payload` : `${parentTypeName}${capitalize(fieldName)}Result`,
    },
    directResult: true,
    // Validation runs while mapping arguments; return its failures as InvalidInput.
    unsafelyHandleInputErrors: true,
  },
  validation: {
    validationError: (failure) => invalidInputFromIssues(failure.issues),
  },
});

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
