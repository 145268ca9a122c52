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
import { findBadText, type FoundText } from '../text.js';
import { SCHEMA_LIMITS } from '../limits.js';
import type { Catalog, Locale } from '../../i18n/index.js';
import { messages } from '../../i18n/index.js';
import type { Scope } from '../scope.js';

function say(found: FoundText, max: number): (m: Catalog) => string {
  const field = found.path.join('.');
  switch (found.problem) {
    case 'NUL':
      return (m) => m.errors.textHasNul({ field });
    case 'NOT_UNICODE':
      return (m) => m.errors.textNotUnicode({ field });
    case 'TOO_LONG':
      return (m) => m.errors.textTooLong({ field, max });
    case 'TOO_MANY':
      return field === 'ids'
        ? (m) => m.errors.tooManyIds({ max: SCHEMA_LIMITS.maxNodeIds })
        : (m) => m.errors.tooManyItems({ field, max: SCHEMA_LIMITS.maxListItems });
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
