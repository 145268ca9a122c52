// What an API key may reach, decided for the whole operation before it runs
// (deny by default): every field is classed by the type it returns and the
// type it belongs to, every mutation by a table. A key lacking a needed scope
// gets FORBIDDEN (HTTP 403) and nothing runs. Sessions are not affected.
import {
  GraphQLError,
  TypeInfo,
  getNamedType,
  isCompositeType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiKeyScope } from '../../generated/prisma/enums.js';
import type { Principal } from '../../shared/principal.js';
import { messages, type Locale } from '../../i18n/index.js';

/** The scope each mutation needs; a mutation not listed is refused to every key (signing out, keys, operator work). */
export const MUTATION_SCOPES: Readonly<Record<string, ApiKeyScope>> = {
  createCart: 'BILLING',
  setCartLineQuantity: 'BILLING',
  setCartYears: 'BILLING',
  addCartModule: 'BILLING',
  removeCartModule: 'BILLING',
  setCartExtendActiveServices: 'BILLING',
  applyConventionCode: 'BILLING',
  checkout: 'BILLING',
  payOrder: 'BILLING',
  cancelOrder: 'BILLING',
  setAutoRenew: 'BILLING',
  createWebhookEndpoint: 'BILLING',
  updateWebhookEndpoint: 'BILLING',
  deleteWebhookEndpoint: 'BILLING',
  redeliverWebhook: 'BILLING',
  createDocument: 'DOCUMENTS',
  updateDocument: 'DOCUMENTS',
  deleteDocument: 'DOCUMENTS',
};

/** Types a key never reads (its own kind: keys are managed with a session). */
const NEVER_TYPES = new Set(['ApiKey']);

/**
 * The scope needed to read an object type, by its name (connections and
 * payloads included, e.g. ServiceOrdersConnection, CreateDocumentSuccess):
 * billing data, documents, or the rest. Enums and scalars need nothing more.
 */
export function scopeOfType(name: string): ApiKeyScope {
  if (/Order|Cart|Payment|Convention|Webhook/.test(name)) return 'BILLING';
  if (/Document|Attachment|StorageReconciliation/.test(name)) return 'DOCUMENTS';
  return 'READ';
}

type Refusal = { scope: ApiKeyScope } | { field: string };

/** The first thing the operation needs that the key lacks; null when it may run. */
export function keyRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  scopes: readonly ApiKeyScope[],
): Refusal | null {
  const typeInfo = new TypeInfo(schema);
  let refusal: Refusal | null = null;
  let current: string | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: {
        enter(node) {
          current = node.name?.value ?? null;
          // Only the operation that runs.
          if (operationName && current !== operationName) return false;
          return undefined;
        },
      },
      Field(node) {
        if (refusal) return false;
        const parent = typeInfo.getParentType();
        const returned = typeInfo.getType();
        if (!parent || node.name.value.startsWith('__')) return undefined;
        if (parent.name === 'Mutation') {
          const scope = MUTATION_SCOPES[node.name.value];
          if (!scope) refusal = { field: `Mutation.${node.name.value}` };
          else if (!scopes.includes(scope)) refusal = { scope };
          return undefined;
        }
        const named = returned ? getNamedType(returned) : null;
        for (const name of [parent.name, ...(named && isCompositeType(named) ? [named.name] : [])]) {
          if (NEVER_TYPES.has(name)) refusal = { field: `${parent.name}.${node.name.value}` };
          else if (!scopes.includes(scopeOfType(name))) refusal = { scope: scopeOfType(name) };
          if (refusal) return false;
        }
        return undefined;
      },
    }),
  );
  return refusal;
}

interface KeyContext {
  principal: Principal | null;
  locale: Locale;
}

/** The refusal of an operation for the key of `contextValue` (null: it may run, or not a key). */
function refusalOf(args: unknown): GraphQLError | null {
  const { contextValue, schema, document, operationName } = args as {
    contextValue: KeyContext;
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string | null;
  };
  const { principal, locale } = contextValue;
  if (principal?.type !== 'HOLDER' || !principal.apiKey) return null;
  const refusal = keyRefusal(schema, document, operationName, principal.apiKey.scopes);
  if (!refusal) return null;
  const m = messages(locale).errors;
  const message = 'scope' in refusal ? m.apiKeyScope(refusal) : m.apiKeyNever(refusal);
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', ...refusal, http: { status: 403 } } });
}

export function apiKeyScopes(): Plugin<KeyContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = refusalOf(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = refusalOf(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
