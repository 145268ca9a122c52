// OpenTelemetry traces, on when OTEL_EXPORTER_OTLP_ENDPOINT is set: one span per
// GraphQL operation (@envelop/opentelemetry: operation name and type, errors;
// never variables, results or documents, which may hold personal data),
// exported over OTLP/HTTP to `<endpoint>/v1/traces` in batches. One provider
// per endpoint in the process; `shutdownTracing` flushes at stop.
import type { Plugin } from 'graphql-yoga';
import { useOpenTelemetry } from '@envelop/opentelemetry';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import type { Config } from './config.js';

const SERVICE_NAME = 'fatturazione-api';
const providers = new Map<string, NodeTracerProvider>();

function providerFor(endpoint: string): NodeTracerProvider {
  let provider = providers.get(endpoint);
  if (!provider) {
    provider = new NodeTracerProvider({
      resource: new Resource({ 'service.name': SERVICE_NAME }),
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }))],
    });
    providers.set(endpoint, provider);
  }
  return provider;
}

/** The tracing plugin, or null when no OTLP endpoint is configured. */
export function tracingPlugin(config: Config): Plugin | null {
  const endpoint = config.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return null;
  return useOpenTelemetry(
    { resolvers: false, variables: false, result: false, document: false },
    providerFor(endpoint),
    undefined,
    undefined,
    SERVICE_NAME,
  ) as Plugin;
}

/** Sends the spans not yet exported (tests, shutdown). */
export async function flushTracing(): Promise<void> {
  await Promise.all([...providers.values()].map((p) => p.forceFlush()));
}

export async function shutdownTracing(): Promise<void> {
  await Promise.all([...providers.values()].map((p) => p.shutdown()));
  providers.clear();
}
