// The Pothos builder and its plugins. Types live in src/schema/.
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ComplexityPlugin from '@pothos/plugin-complexity';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ErrorsPlugin from '@pothos/plugin-errors';
import ValidationPlugin from '@pothos/plugin-validation';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type PrismaTypes from './generated/pothos-prisma-types.js';
import { getDatamodel } from './generated/pothos-prisma-types.js';
import type { Context } from './context.js';
import { InvalidInputError, invalidInputFromIssues } from './shared/errors.js';
import InputHygienePlugin from './shared/schema/input-hygiene.js';
import { complexityError, fieldComplexity } from './shared/schema/complexity.js';
import { SCHEMA_LIMITS } from './shared/limits.js';
import { authError } from './shared/schema/auth-error.js';

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
  // Order matters: the first plugin wraps the others. Authorization, then the
  // complexity and page-size limits (before any root field resolves), then
  // typed errors around the checks of text arguments and the resolvers.
  plugins: [
    ScopeAuthPlugin,
    ComplexityPlugin,
    ErrorsPlugin,
    InputHygienePlugin,
    ValidationPlugin,
    PrismaPlugin,
    RelayPlugin,
    SimpleObjectsPlugin,
  ],
  scopeAuth: {
    // Subscriptions are authorized when they start (an anonymous subscriber gets UNAUTHENTICATED).
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      authenticated: ctx.principal !== null,
      holder: ctx.principal?.type === 'HOLDER',
      panelUser: ctx.principal?.type === 'PANEL_USER',
      operator: ctx.principal?.type === 'OPERATOR',
    }),
    // Anonymous: UNAUTHENTICATED (HTTP 401); signed in but not allowed: FORBIDDEN.
    unauthorizedError: (_parent, ctx, info) => authError(ctx, `${info.parentType.name}.${info.fieldName}`),
  },
  complexity: {
    fieldComplexity,
    limit: (ctx) => ({ complexity: ctx.config.MAX_QUERY_COMPLEXITY }),
    complexityError: (_kind, result) => complexityError(result.complexity, result.maxComplexity ?? 0),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
    // Page sizes above the maximum are refused before this (shared/schema/complexity.ts), never clamped.
    maxConnectionSize: SCHEMA_LIMITS.maxPageSize,
    defaultConnectionSize: SCHEMA_LIMITS.defaultPageSize,
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
      args: { ids: { description: `Global IDs of the objects (at most ${SCHEMA_LIMITS.maxNodeIds}).` } },
    },
    cursorFieldOptions: { description: 'Opaque cursor of this result, for `after`/`before`.' },
    pageInfoFieldOptions: { description: 'Pagination state of this page.' },
    hasNextPageFieldOptions: { description: 'True when more results follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when results precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first result of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last result of the page.' },
    firstArgOptions: {
      description: `Returns at most this many results from the start (or after \`after\`): 0 to ${SCHEMA_LIMITS.maxPageSize}, ${SCHEMA_LIMITS.defaultPageSize} when neither \`first\` nor \`last\` is given; more is refused.`,
    },
    afterArgOptions: { description: 'Returns the results after this cursor.' },
    lastArgOptions: {
      description: `Returns at most this many results from the end (or before \`before\`): 0 to ${SCHEMA_LIMITS.maxPageSize}; more is refused.`,
    },
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
