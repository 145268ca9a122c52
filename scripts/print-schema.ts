// Prints the code-first schema, sorted, to schema.graphql; `--check` fails on drift.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../src/schema.js';

const file = new URL('../schema.graphql', import.meta.url);
const printed = `${printSchema(schema)}\n`;

if (process.argv.includes('--check')) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current !== printed) {
    console.error('schema.graphql is out of date: run `npm run schema:print` and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  writeFileSync(file, printed);
  console.log('wrote schema.graphql');
}
