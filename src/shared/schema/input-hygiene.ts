// Text arguments are checked before anything reads them, for every field
// of the schema at once (the schema keeps the plain String scalar): a NUL
// character (PostgreSQL refuses it in text), a lone UTF-16 surrogate (not
// Unicode text: it cannot be stored as UTF-8) or a text longer than
// MAX_STRING_CHARS is refused. Mutations (fields with typed errors) get a typed
// InvalidInput about the argument's path; other fields a top-level
// BAD_USER_INPUT error.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';
import { InvalidInputError } from '../errors.js';
import { LONG_TEXT_ARGUMENTS } from '../limits.js';
import type { Catalog, Locale } from '../../i18n/index.js';
import { messages } from '../../i18n/index.js';
import type { Scope } from '../scope.js';

export type TextProblem = 'NUL' | 'NOT_UNICODE' | 'TOO_LONG';

/** The first problem of a text (one linear scan), or null. */
export function textProblem(value: string, maxChars: number | null): TextProblem | null {
  if (maxChars !== null && value.length > maxChars) return 'TOO_LONG';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0) return 'NUL';
    if (c >= 0xd800 && c <= 0xdfff) {
      // A high surrogate must be followed by a low one; a low one alone is broken.
      const next = i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
      if (c >= 0xdc00 || next < 0xdc00 || next > 0xdfff) return 'NOT_UNICODE';
      i++;
    }
  }
  return null;
}

interface Found {
  path: string[];
  problem: TextProblem;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/** The first bad text inside argument values (input objects and lists walked), or null. */
export function findBadText(value: unknown, path: string[], maxChars: number): Found | null {
  if (typeof value === 'string') {
    // Base64 contents are checked character by character where they are decoded.
    if (LONG_TEXT_ARGUMENTS.has(path[path.length - 1] ?? '')) return null;
    const problem = textProblem(value, maxChars);
    return problem ? { path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBadText(value[i], [...path, String(i)], maxChars);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = findBadText(item, [...path, key], maxChars);
      if (found) return found;
    }
  }
  return null;
}

function say(found: Found, max: number): (m: Catalog) => string {
  const field = found.path.join('.');
  switch (found.problem) {
    case 'NUL':
      return (m) => m.errors.textHasNul({ field });
    case 'NOT_UNICODE':
      return (m) => m.errors.textNotUnicode({ field });
    case 'TOO_LONG':
      return (m) => m.errors.textTooLong({ field, max });
  }
}

/** The scope part of a request context the check needs (every context of this schema is a Scope). */
function scopeOf(context: object): Pick<Scope, 'config' | 'locale'> {
  return context as Scope;
}

export class InputHygienePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  // Around the argument mappers (global ID decoding, validation), so the raw
  // values are checked before anything reads them; inside the errors plugin's
  // own wrapper, which turns InvalidInput into the typed payload member.
  override wrapArgMappers(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | undefined {
    if (!resolver || Object.keys(fieldConfig.args).length === 0) return resolver;
    const typedErrors = 'errors' in fieldConfig.pothosOptions && fieldConfig.pothosOptions.errors != null;
    return (parent, args, context, info) => {
      const { config, locale } = scopeOf(context);
      const max = config.MAX_STRING_CHARS;
      const found = findBadText(args, [], max);
      if (found) {
        const text = say(found, max);
        if (typedErrors) throw new InvalidInputError({ say: text }, found.path);
        throw badUserInput(text, locale, found.path);
      }
      return resolver(parent, args, context, info);
    };
  }
}

/** A top-level error about malformed input of a query. */
export function badUserInput(text: (m: Catalog) => string, locale: Locale, field: string[] | null = null): GraphQLError {
  return new GraphQLError(text(messages(locale)), { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputHygiene: InputHygienePlugin<Types>;
    }
  }
}

const pluginName = 'inputHygiene';
SchemaBuilder.registerPlugin(pluginName, InputHygienePlugin);
export default pluginName;
