import { addRoute } from './routes.js';
import { sendJson } from './util.js';

/** Process is up. */
addRoute('GET', '/healthz', (_req, res) => {
  sendJson(res, 200, { status: 'ok' });
  return Promise.resolve();
});

/** Database reachable. */
addRoute('GET', '/readyz', async (_req, res, deps) => {
  try {
    await deps.db.ping();
    sendJson(res, 200, { status: 'ready', database: deps.db.target.kind });
  } catch {
    sendJson(res, 503, { status: 'unavailable', database: deps.db.target.kind });
  }
});
