// ESLint flat config: typescript-eslint's strict and stylistic rule sets with
// type information (projectService reads tsconfig.json). Formatting is left to
// Prettier (eslint-config-prettier turns the conflicting rules off).
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default defineConfig(
  globalIgnores([
    'node_modules/',
    'src/generated/',
    'test/gql/',
    'examples/client/gql/',
    'data/',
    'coverage/',
    'dist/',
    'profiles/',
    'test/artifacts/',
  ]),
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Numbers in messages and keys read naturally (`${days} days`); other types still need an explicit String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `const { lines: _lines, ...rest } = row` drops a property on purpose; `_arg` marks an unused parameter.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Pothos plugins declare their option types by merging into the PothosSchemaTypes namespace.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // Plain JavaScript config files are not part of tsconfig.json: lint them without type information.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', __filename: 'readonly', process: 'readonly' },
    },
  },
  prettier,
);
