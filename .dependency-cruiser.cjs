// Dependency rules for the modular layout (see ARCHITECTURE.md):
//
//   src/shared/                 kernel used by every module (pure part in src/shared/domain/)
//   src/modules/<area>/         identity, catalog, subscriptions, commerce, documents, notifications
//     domain/                   pure rules (no Prisma, no GraphQL, no I/O)
//     *.service.ts, errors.ts   use cases and their refusals
//     schema/                   Pothos types and fields
//     index.ts                  public API (with domain/index.ts and schema/index.ts)
//
// Run with `npm run deps:check` (depcruise src --config .dependency-cruiser.cjs).

/** Module layers: a module may depend only on modules of a lower layer (and on src/shared/). */
const LAYERS = [
  ['notifications'], // 1
  ['identity'], // 2
  ['catalog'], // 3
  ['subscriptions'], // 4
  ['documents', 'commerce'], // 5 (they may not import each other)
];

/** Packages a domain file may not import (directly or as types). */
const IMPURE_PACKAGES = ['@prisma/[^/]+', 'prisma', 'graphql', 'graphql-[^/]+', '@pothos/[^/]+', 'pg', '@electric-sql/[^/]+'];

const layerRules = LAYERS.flatMap((layer, index) =>
  layer.map((area) => {
    const notAllowed = LAYERS.slice(index)
      .flat()
      .filter((other) => other !== area);
    return {
      name: 'no-module-cycles',
      severity: 'error',
      comment:
        `Modules are layered so that they cannot form a cycle: ${area} (layer ${String(index + 1)}) may import only ` +
        'modules of a lower layer (notifications < identity < catalog < subscriptions < documents, commerce) and src/shared/. ' +
        'Where a lower module needs a higher one, declare a port and provide it from the composition root (src/wiring.ts).',
      from: { path: `^src/modules/${area}/` },
      to: { path: `^src/modules/(?:${notAllowed.join('|')})/` },
    };
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'A domain/ file holds pure rules: it may not import Prisma, the generated client, GraphQL, Pothos, pg or PGlite, ' +
        'nor any project file outside a domain/ folder (services, schema, db, config, ...). Pass data and ports in instead.',
      from: { path: '^src/(?:modules/[^/]+|shared)/domain/' },
      to: {
        path: [`(?:^|/)node_modules/(?:${IMPURE_PACKAGES.join('|')})/`, '^src/'],
        pathNot: '^src/(?:modules/[^/]+|shared)/domain/',
      },
    },
    {
      name: 'domain-no-foreign-internals',
      severity: 'error',
      comment: "A domain file may use another module's domain only through that module's src/modules/<area>/domain/index.ts.",
      from: { path: '^src/modules/([^/]+)/domain/' },
      to: {
        path: '^src/modules/[^/]+/domain/',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/domain/index[.]ts$'],
      },
    },
    {
      name: 'modules-through-public-api',
      severity: 'error',
      comment:
        'A module may import another module only through its public API: src/modules/<area>/index.ts, ' +
        'src/modules/<area>/domain/index.ts or src/modules/<area>/schema/index.ts.',
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: '^src/modules/[^/]+/',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/(?:domain/|schema/)?index[.]ts$'],
      },
    },
    ...layerRules,
    {
      name: 'no-module-cycles',
      severity: 'error',
      comment: 'src/shared/ is the kernel below every module: it may not import src/modules/.',
      from: { path: '^src/shared/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'This dependency is part of a file-level import cycle. Break it (move the shared part down, or invert the dependency).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: "This module depends on a module that cannot be found ('resolved to disk'). Add the package or fix the path.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Generated code (Prisma client, Pothos types) is not cruised but stays visible as a dependency target.
    doNotFollow: { path: ['(?:^|/)node_modules/', '^src/generated/'] },
    // Count type-only imports too: a domain file importing Prisma types is not pure either.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
