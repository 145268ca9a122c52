import { addRoute } from './routes.js';
import { sendJson } from './util.js';
import { missingMigrations } from '../db/migrate.js';

/** Process is up. */
addRoute('GET', '/healthz', (_req, res) => {
  sendJson(res, 200, { status: 'ok' });
  return Promise.resolve();
});

/**
 * Ready to serve: the database answers and has every migration of this build
 * applied (a database restored from an old backup, or whose tables are gone,
 * is not ready). 503 with the reason otherwise.
 */
addRoute('GET', '/readyz', async (_req, res, deps) => {
  const database = deps.db.target.kind;
  let missing: string[];
  try {
    await deps.db.ping();
    missing = await missingMigrations(deps.db.sql);
  } catch (err) {
    deps.log.warn({ err }, 'readiness: database check failed');
    sendJson(res, 503, { status: 'unavailable', database, reason: 'database unreachable or its migrations table is unreadable' });
    return;
  }
  if (missing.length > 0) {
    sendJson(res, 503, { status: 'unavailable', database, reason: 'migrations not applied', missing });
    return;
  }
  sendJson(res, 200, { status: 'ready', database });
});
