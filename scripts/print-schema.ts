// Prints the code-first schema, sorted, to schema.graphql; `--check` fails on
// drift. A breaking change (graphql-inspector) is written only once it is
// noted in SCHEMA-CHANGES.md: it must be deliberate.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../src/schema.js';
import { schemaChanges, unnotedBreaking } from './schema-diff.js';

const file = new URL('../schema.graphql', import.meta.url);
const printed = `${printSchema(schema)}\n`;
const current = existsSync(file) ? readFileSync(file, 'utf8') : '';

if (process.argv.includes('--check')) {
  if (current !== printed) {
    console.error('schema.graphql is out of date: run `npm run schema:print` and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  const changes = await schemaChanges(current, schema);
  for (const m of changes.breaking) console.log(`breaking:  ${m}`);
  for (const m of changes.dangerous) console.log(`dangerous: ${m}`);
  for (const m of changes.safe) console.log(`safe:      ${m}`);
  const unnoted = unnotedBreaking(changes);
  if (unnoted.length > 0) {
    console.error('\nBreaking changes not noted in SCHEMA-CHANGES.md (add each message with the reason, then run again):');
    for (const m of unnoted) console.error(`  - ${m}`);
    process.exit(1);
  }
  writeFileSync(file, printed);
  console.log('wrote schema.graphql');
}
