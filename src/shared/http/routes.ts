// Non-GraphQL HTTP routes: health, readiness and signed webhooks. Webhook
// handlers register themselves here (see src/http/webhooks-*.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppDeps } from '../../context.js';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, deps: AppDeps) => Promise<void>;

export const routes = new Map<string, { method: string; handler: RouteHandler }>();

export function addRoute(method: string, path: string, handler: RouteHandler): void {
  routes.set(path, { method, handler });
}
