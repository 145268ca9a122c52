// The suite runs on PGlite always and, when TEST_DATABASE_URL is set, again on
// PostgreSQL (each test file in a database of its own, copied from a template
// migrated once per run: test/support/template-db.ts). Pure domain tests, and
// the process-level and migration checks, run once.
import { defineConfig } from 'vitest/config';

const onPostgres = !!process.env.TEST_DATABASE_URL;
const dbTests = ['test/**/*.test.ts'];
const pureTests = ['test/domain/**/*.test.ts', 'test/unit/**/*.test.ts'];
// Spawn the server or compare migrations with schema.prisma: not about the database under test.
const onceTests = [
  'test/foundation/startup.test.ts',
  'test/foundation/migrations.test.ts',
  'test/foundation/pglite-memory.test.ts',
  'test/browser/**/*.test.ts',
  'test/examples/**/*.test.ts',
];
const templateSetup = './test/support/template-db.ts';

export default defineConfig({
  // graphql@16 has no `exports` map: Node loads its CommonJS build for the
  // dependencies, so the tests must load that same build.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Files of a worker share loaded modules (the app, Prisma, PGlite): each
    // file still opens its own database and app, and nothing in the tests
    // mocks modules or keeps state between files. About 4x less start-up work.
    // singleFork was slower (the 200 concurrent writes test got 10x slower
    // late in one long-lived process).
    isolate: false,
    // One worker per core (vitest's default leaves one core free). On 2 cores
    // `npm test` took about 150 s instead of 170-175 s: the static checks of
    // scripts/test.ts hold the second core for their first minute only.
    maxWorkers: '100%',
    projects: [
      { extends: true as const, test: { name: 'unit', include: pureTests, environment: 'node' } },
      {
        extends: true as const,
        // Child processes (the server, the Prisma CLI) are slow on a busy machine.
        test: { name: 'once', include: onceTests, env: { TEST_DB: 'pglite' }, testTimeout: 120_000, hookTimeout: 120_000 },
      },
      {
        extends: true as const,
        test: {
          name: 'pglite',
          include: dbTests,
          exclude: [...pureTests, ...onceTests],
          env: { TEST_DB: 'pglite' },
          globalSetup: [templateSetup],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(onPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: dbTests,
                exclude: [...pureTests, ...onceTests],
                env: { TEST_DB: 'postgres' },
                globalSetup: [templateSetup],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
