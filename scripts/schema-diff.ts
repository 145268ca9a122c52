// Classifies the changes between the committed schema.graphql and the schema
// built from the code (@graphql-inspector/core): breaking, dangerous, safe.
// A breaking change must be deliberate: its message is noted, with the reason,
// in SCHEMA-CHANGES.md before `npm run schema:print` accepts it.
import { readFileSync, existsSync } from 'node:fs';
import { buildSchema, printSchema, type GraphQLSchema } from 'graphql';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';

export const NOTES_FILE = new URL('../SCHEMA-CHANGES.md', import.meta.url);

export interface SchemaChanges {
  breaking: string[];
  dangerous: string[];
  safe: string[];
}

export async function schemaChanges(committedSdl: string, current: GraphQLSchema): Promise<SchemaChanges> {
  // Both sides from SDL, so that directives such as @specifiedBy compare alike.
  const changes: Change[] = committedSdl.trim() === '' ? [] : await diff(buildSchema(committedSdl), buildSchema(printSchema(current)));
  const of = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level).map((c) => c.message);
  return { breaking: of(CriticalityLevel.Breaking), dangerous: of(CriticalityLevel.Dangerous), safe: of(CriticalityLevel.NonBreaking) };
}

/** Breaking changes whose message is not noted in SCHEMA-CHANGES.md. */
export function unnotedBreaking(changes: SchemaChanges): string[] {
  const notes = existsSync(NOTES_FILE) ? readFileSync(NOTES_FILE, 'utf8') : '';
  return changes.breaking.filter((message) => !notes.includes(message));
}
