import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema.js';
import { schemaChanges, unnotedBreaking } from '../../scripts/schema-diff.js';

describe('schema.graphql', () => {
  it('is the sorted print of the code-first schema (run `npm run schema:print`)', () => {
    // given: the committed file
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    // when: printing the schema built from the code
    const printed = `${printSchema(schema)}\n`;
    // then
    expect(committed).toBe(printed);
  });

  it('graphql-inspector finds no change between the committed schema and the code (breaking ones need a note)', async () => {
    // given
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    // when
    const changes = await schemaChanges(committed, schema);
    // then: every difference is listed by kind; `npm run schema:print` writes it (breaking: once noted)
    expect(changes).toEqual({ breaking: [], dangerous: [], safe: [] });
  });

  it('a removed field is a breaking change that needs a note in SCHEMA-CHANGES.md', async () => {
    // given: the committed schema with a field the code does not have
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    const withExtra = committed.replace('type Query {', 'type Query {\n  retiredField: String\n');
    // when
    const changes = await schemaChanges(withExtra, schema);
    // then
    expect(changes.breaking).toEqual(["Field 'retiredField' was removed from object type 'Query'"]);
    expect(unnotedBreaking(changes)).toEqual(changes.breaking);
  });
});
