// Guards of GraphQL execution (a Yoga plugin): a body above MAX_BODY_BYTES is
// accepted only for document uploads (the HTTP layer let it through for a
// signed-in caller), a query is answered with a timeout error after
// REQUEST_TIMEOUT_MS, and the complexity error gets the request's language.
import { GraphQLError, Kind, OperationTypeNode, getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { isPromise, type Plugin } from 'graphql-yoga';
import { messages, type Locale } from '../../i18n/index.js';
import { UPLOAD_OPERATIONS, type Limits } from '../limits.js';
import { QUERY_TOO_COMPLEX } from '../schema/complexity.js';

/** Size of the request body, given by the HTTP layer as server context (0 in-process). */
export interface BodySize {
  bodyBytes?: number;
}

interface GuardedContext extends BodySize {
  locale?: Locale;
}

/** True when every root field of the operation is a document upload. */
export function isUploadOperation(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== OperationTypeNode.MUTATION) return false;
  const fields = operation.selectionSet.selections;
  return fields.every((s) => s.kind === Kind.FIELD && (s.name.value === '__typename' || UPLOAD_OPERATIONS.has(s.name.value)));
}

function isResult(value: unknown): value is ExecutionResult {
  return typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value);
}

export function executionGuards(limits: Limits): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const { contextValue, document, operationName } = args as {
        contextValue: GuardedContext;
        document: DocumentNode;
        operationName?: string | null;
      };
      const ctx = contextValue;
      const m = messages(ctx.locale ?? 'en');
      if ((ctx.bodyBytes ?? 0) > limits.maxBodyBytes && !isUploadOperation(document, operationName)) {
        throw new GraphQLError(m.errors.uploadOnly({ maxBytes: limits.maxBodyBytes }), {
          extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } },
        });
      }
      // Queries only: a mutation is bounded by its transaction's timeout, which
      // rolls it back, so its caller never gets a timeout for a change that
      // then commits.
      const ms = limits.requestTimeoutMs;
      if (getOperationAST(document, operationName)?.operation !== OperationTypeNode.MUTATION) {
        setExecuteFn((execArgs) => {
          const execution: unknown = executeFn(execArgs);
          // Answered already (no resolver waited on anything): nothing to time.
          if (!isPromise(execution)) return execution;
          let timer: NodeJS.Timeout | undefined;
          const timeout = new Promise<ExecutionResult>((resolve) => {
            timer = setTimeout(() => {
              resolve({
                errors: [new GraphQLError(m.errors.requestTimeout({ ms }), { extensions: { code: 'TIMEOUT', http: { status: 503 } } })],
              });
            }, ms);
            timer.unref();
          });
          return Promise.race([execution, timeout]).finally(() => {
            clearTimeout(timer);
          });
        });
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!isResult(result) || !result.errors?.some((e) => e.extensions.code === QUERY_TOO_COMPLEX)) return;
          setResult({
            ...result,
            errors: result.errors.map((e) => {
              if (e.extensions.code !== QUERY_TOO_COMPLEX) return e;
              const complexity = Number(e.extensions.complexity);
              const max = Number(e.extensions.maxComplexity);
              return new GraphQLError(m.errors.queryTooComplex({ complexity, max }), { path: e.path, extensions: e.extensions });
            }),
          });
        },
      };
    },
  };
}
