// GraphQL metrics of GET /metrics, by operation, under the names and labels of
// @envelop/prometheus, so that dashboards and alerts written for that plugin
// keep working:
// - graphql_envelop_request (counter; operationType, operationName): operations executed;
// - graphql_envelop_request_duration (histogram, seconds; same labels): their execution time;
// - graphql_envelop_error_result (counter; operationType, operationName, path, phase):
//   errors by phase (parse, validate, context, execute, subscribe).
// Counted here rather than by @graphql-yoga/plugin-prometheus: with only these
// three metrics on, that plugin still ran each of its phase hooks for every
// request and built its label objects through Object.entries/fromEntries:
// about 6 % of the CPU of a `{ __typename }` request (README "What was tried").
import { getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Counter, Histogram, type Registry } from 'prom-client';

type Phase = 'parse' | 'validate' | 'context' | 'execute' | 'subscribe';

/** What the metrics read of an operation's arguments (typed loosely by Envelop). */
interface OperationArgs {
  document: DocumentNode;
  operationName?: string | null;
}

interface OperationLabels {
  operationType: string;
  operationName: string;
}

const ANONYMOUS = 'Anonymous';

/** The labels of one operation: the name the caller chose, else the document's, else `Anonymous`. */
function operationLabels(document: DocumentNode, operationName: string | null | undefined): OperationLabels {
  const operation = getOperationAST(document, operationName);
  return { operationType: operation?.operation ?? 'unknown', operationName: operationName ?? operation?.name?.value ?? ANONYMOUS };
}

/** The plugin; its metrics are registered on `registry`. */
export function graphqlMetrics(registry: Registry): Plugin {
  const labelNames = ['operationType', 'operationName'] as const;
  const requests = new Counter({
    name: 'graphql_envelop_request',
    help: 'Counts the amount of GraphQL requests executed through Envelop',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_envelop_request_duration',
    help: 'Time spent on running the GraphQL operation from parse to execute',
    labelNames,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_envelop_error_result',
    help: 'Counts the amount of errors reported from all phases',
    labelNames: [...labelNames, 'path', 'phase'],
    registers: [registry],
  });
  // A parsed document is one object per query text (Yoga's parser cache): its
  // labels are worked out once when the caller names no operation.
  const unnamed = new WeakMap<DocumentNode, OperationLabels>();
  const labelsOf = (document: DocumentNode, operationName: string | null | undefined): OperationLabels => {
    if (operationName != null) return operationLabels(document, operationName);
    let labels = unnamed.get(document);
    if (!labels) {
      labels = operationLabels(document, null);
      unnamed.set(document, labels);
    }
    return labels;
  };
  // The operation of a request whose context could not be built (context errors carry no document).
  const documents = new WeakMap<object, DocumentNode>();
  const operationNameOf = (context: unknown): string | null => {
    const params = (context as { params?: { operationName?: string | null } } | null)?.params;
    return params?.operationName ?? null;
  };
  const countErrors = (labels: OperationLabels, phase: Phase, list: readonly (Error | GraphQLError)[] | undefined) => {
    for (const error of list ?? []) {
      const path = 'path' in error ? error.path : undefined;
      errors.inc({ ...labels, phase, ...(path ? { path: path.join('.') } : {}) });
    }
  };
  /**
   * Times an operation from now; the returned handler takes its result: a
   * single result is counted at once, a stream's errors as they come and the
   * operation when it ends.
   */
  const observed = (labels: OperationLabels, phase: Phase) => {
    const started = performance.now();
    const onNext = ({ result }: { result: ExecutionResult }) => {
      countErrors(labels, phase, result.errors);
    };
    const onEnd = () => {
      requests.inc(labels);
      duration.observe(labels, (performance.now() - started) / 1000);
    };
    return ({ result }: { result: unknown }) => {
      if (isAsyncIterable(result)) return { onNext, onEnd };
      onNext({ result: result as ExecutionResult });
      onEnd();
      return undefined;
    };
  };
  return {
    onPluginInit({ registerContextErrorHandler }) {
      registerContextErrorHandler(({ context }) => {
        const document = documents.get(context);
        const operationName = operationNameOf(context);
        errors.inc({ ...(document ? labelsOf(document, operationName) : { operationName: operationName ?? ANONYMOUS }), phase: 'context' });
      });
    },
    onParse() {
      return ({ result, context }) => {
        if (result instanceof Error) errors.inc({ phase: 'parse' });
        else if (result) documents.set(context, result as DocumentNode);
      };
    },
    onValidate({ params, context }) {
      const document = params.documentAST as DocumentNode;
      return ({ valid, result }) => {
        if (!valid) countErrors(labelsOf(document, operationNameOf(context)), 'validate', result);
      };
    },
    onExecute({ args }) {
      const { document, operationName } = args as OperationArgs;
      return { onExecuteDone: observed(labelsOf(document, operationName), 'execute') };
    },
    onSubscribe({ args }) {
      const { document, operationName } = args as OperationArgs;
      const labels = labelsOf(document, operationName);
      return {
        onSubscribeResult: observed(labels, 'subscribe'),
        onSubscribeError() {
          errors.inc({ ...labels, phase: 'subscribe' });
        },
      };
    },
  };
}
