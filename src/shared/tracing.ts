// OpenTelemetry traces, on when OTEL_EXPORTER_OTLP_ENDPOINT is set: one span per
// GraphQL operation (@envelop/opentelemetry: operation name and type, errors;
// never variables, results or documents, which may hold personal data),
// exported over OTLP/HTTP to `<endpoint>/v1/traces` in batches. The
// OpenTelemetry packages are loaded only then (they cost start time).
// `shutdownTracing` flushes at stop.
import type { Plugin } from 'graphql-yoga';
import type { Config } from './config.js';

const SERVICE_NAME = 'fatturazione-api';

interface Provider {
  forceFlush(): Promise<void>;
  shutdown(): Promise<void>;
}
const providers = new Set<Provider>();

/** The tracing plugin, or null when no OTLP endpoint is configured. */
export async function createTracingPlugin(config: Config): Promise<Plugin | null> {
  const endpoint = config.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return null;
  const [{ useOpenTelemetry }, { BatchSpanProcessor, NodeTracerProvider }, { OTLPTraceExporter }, { Resource }] = await Promise.all([
    import('@envelop/opentelemetry'),
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ]);
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': SERVICE_NAME }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }))],
  });
  providers.add(provider);
  return useOpenTelemetry(
    { resolvers: false, variables: false, result: false, document: false },
    provider,
    undefined,
    undefined,
    SERVICE_NAME,
  ) as Plugin;
}

/** Sends the spans not yet exported (tests, shutdown). */
export async function flushTracing(): Promise<void> {
  await Promise.all([...providers].map((p) => p.forceFlush()));
}

export async function shutdownTracing(): Promise<void> {
  await Promise.all([...providers].map((p) => p.shutdown()));
  providers.clear();
}
