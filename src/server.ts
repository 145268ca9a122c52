// Entry point: validate configuration, open the database (PGlite by default,
// PostgreSQL with DATABASE_URL), apply migrations, seed demo data into an
// empty database, serve HTTP, and shut down gracefully on SIGTERM/SIGINT.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assertSafeForProduction, loadConfig, ConfigError, type Config } from './shared/config.js';
import { createProcessLogger, logFormatOf } from './shared/logger.js';
import { loadPolicy } from './shared/domain/policy.js';
import { applyV8Flags } from './shared/v8-flags.js';
import { openDatabase, resolveTarget, type Database } from './shared/db/database.js';
import { migrate } from './shared/db/migrate.js';
import { createHttpServer } from './app.js';
import type { AppDeps } from './context.js';
import { seedDemo, DEMO_PASSWORD } from './seed/demo.js';
import { startBackgroundJobs } from './shared/jobs.js';
import { closeSharedState, openSharedState } from './shared/shared-state.js';
import { createTracingPlugin, shutdownTracing } from './shared/tracing.js';
import './jobs/index.js';

function describeStartupError(err: unknown, config: Config | null): string {
  if (err instanceof ConfigError) return err.message;
  const e = err as NodeJS.ErrnoException & { address?: string; port?: number };
  const target = config ? resolveTarget(config.DATABASE_URL, config.DATA_DIR) : null;
  if (target?.kind === 'pglite' && (e.code === 'EACCES' || e.code === 'EROFS' || e.code === 'ENOTDIR' || e.code === 'EEXIST')) {
    return `data folder ${target.dataDir ?? ''} is not writable (${e.code})`;
  }
  if (target?.kind === 'postgres') {
    const where = (() => {
      try {
        const u = new URL(target.url);
        return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
      } catch {
        return 'the configured URL';
      }
    })();
    return `cannot reach PostgreSQL at ${where}: ${e.message !== '' ? e.message : (e.code ?? String(err))}`;
  }
  if (e.code === 'EADDRINUSE') return `port ${config?.PORT ?? ''} on ${config?.HOST ?? ''} is already in use`;
  return e.message || String(err);
}

/** The empty PGlite cluster that `npm run build` writes beside dist/server.js, if there. */
function emptyPgliteCluster(): Blob | undefined {
  const file = fileURLToPath(new URL('./pglite-cluster.tgz', import.meta.url));
  return existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}

async function main(): Promise<void> {
  let config: Config | null = null;
  let db: Database | null = null;
  try {
    config = loadConfig();
    // NODE_ENV=production: no dev webhook secrets, no unconsented sandbox gateway, no open CORS, no clock override.
    assertSafeForProduction(config);
    // Before the database opens: WebAssembly is compiled as it loads.
    const v8Flags = applyV8Flags(config);
    const policy = loadPolicy(process.env);
    const log = await createProcessLogger(config.LOG_LEVEL, logFormatOf(config));
    log.debug({ v8Flags }, 'V8 flags set');
    const target = resolveTarget(config.DATABASE_URL, config.DATA_DIR);
    db = await openDatabase(target, {
      preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
      ...(target.kind === 'pglite'
        ? { emptyCluster: emptyPgliteCluster, pgliteSharedBuffersMb: config.PGLITE_SHARED_BUFFERS_MB }
        : { poolSize: config.DATABASE_POOL_SIZE }),
    });
    const applied = await migrate(db.sql);
    if (applied.length) log.info({ applied }, 'migrations applied');

    const shared = await openSharedState(db, config, log);
    const deps: AppDeps = { db, config, policy, log, clock: () => new Date(), ...shared };
    if (config.SEED_DEMO) {
      const logins = await seedDemo(deps, new Date());
      if (logins) {
        log.info('demo data seeded');
        console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
        for (const l of logins) console.log(`  ${l.kind.padEnd(10)} ${l.username.padEnd(28)} ${l.note}`);
        console.log('');
      }
    }

    const server = createHttpServer(deps, { tracing: await createTracingPlugin(config) });
    let jobs: ReturnType<typeof startBackgroundJobs> | null = null;
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down');
      const force = setTimeout(() => process.exit(1), 10_000);
      force.unref();
      jobs?.stop();
      server.close(() => {
        void (jobs?.idle() ?? Promise.resolve())
          .then(() => closeSharedState(shared))
          .then(() => shutdownTracing())
          .then(() => db?.close())
          .then(() => {
            log.info('stopped');
            process.exit(0);
          });
      });
      server.closeIdleConnections();
    };
    // Installed before anything is announced: a signal that arrives before a
    // handler exists would kill the process without a graceful stop.
    process.on('SIGTERM', () => {
      shutdown('SIGTERM');
    });
    process.on('SIGINT', () => {
      shutdown('SIGINT');
    });

    const { PORT, HOST } = config;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(PORT, HOST, () => {
        resolve();
      });
    });
    jobs = startBackgroundJobs(deps);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    log.info({ port, host: config.HOST, database: db.target.kind }, 'server listening');
    console.log(`GraphQL API${config.ENABLE_GRAPHIQL ? ' and GraphiQL' : ''} at http://${config.HOST}:${port}/graphql`);
  } catch (err) {
    process.stderr.write(`startup failed: ${describeStartupError(err, config)}\n`);
    await db?.close().catch(() => undefined);
    process.exit(1);
  }
}

void main();
