import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema.js';

describe('schema.graphql', () => {
  it('is the sorted print of the code-first schema (run `npm run schema:print`)', () => {
    // given: the committed file
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    // when: printing the schema built from the code
    const printed = `${printSchema(schema)}\n`;
    // then
    expect(committed).toBe(printed);
  });
});
