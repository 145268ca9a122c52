// Typed documents: `graphql()` from test/gql (the tests) and from
// examples/client/gql (the example client) returns a TypedDocumentNode typed
// from schema.graphql. The example client's documents also get their hashes and
// the persisted-operations manifest examples/client/gql/persisted-documents.json
// (served by the API, README "Persisted operations"). Run `npm run codegen`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const typesConfig = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { DateTime: 'string', Date: 'string', EmailAddress: 'string', BigInt: 'number' },
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  importExtension: '.js',
  generates: {
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typesConfig,
    },
    'examples/client/gql/': {
      documents: ['examples/client/**/*.ts', '!examples/client/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: typesConfig,
    },
  },
};

export default config;
