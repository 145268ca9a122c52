// The Pothos builder and its plugins. Types live in src/schema/.
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ErrorsPlugin from '@pothos/plugin-errors';
import ValidationPlugin from '@pothos/plugin-validation';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type PrismaTypes from './generated/pothos-prisma-types.js';
import { getDatamodel } from './generated/pothos-prisma-types.js';
import type { Context } from './context.js';
import { InvalidInputError } from './errors.js';

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
    Date: { Input: Date; Output: Date };
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
    DataloaderPlugin,
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
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  errors: {
    defaultTypes: [InvalidInputError],
    defaultUnionOptions: {
      name: ({ parentTypeName, fieldName }) =>
        parentTypeName === 'Mutation' ? `${capitalize(fieldName)}Payload` : `${parentTypeName}${capitalize(fieldName)}Result`,
    },
    directResult: true,
  },
  validation: {
    validationError: (failure) => InvalidInputError.fromIssues(failure.issues),
  },
});

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
