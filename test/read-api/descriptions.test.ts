import { describe, expect, it } from 'vitest';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType, type GraphQLNamedType } from 'graphql';
import { schema } from '../../src/schema.js';

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** Every public type, field, argument, input field and enum value without a description. */
function missingDescriptions(): string[] {
  const missing: string[] = [];
  const need = (text: string | null | undefined, where: string) => {
    if (!text || text.trim() === '') missing.push(where);
  };
  for (const type of Object.values<GraphQLNamedType>(schema.getTypeMap())) {
    if (type.name.startsWith('__') || BUILT_IN_SCALARS.has(type.name)) continue;
    need(type.description, type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(field.description, `${type.name}.${field.name}`);
        for (const arg of field.args) need(arg.description, `${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(field.description, `${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(value.description, `${type.name}.${value.name}`);
    } else if (isUnionType(type) || isScalarType(type)) {
      // the type's own description is checked above
    }
  }
  return missing.sort();
}

describe('schema documentation', () => {
  it('every type, field, argument, input field and enum value has a description', () => {
    // given: the code-first schema
    // when
    const missing = missingDescriptions();
    // then
    expect(missing, `missing descriptions:\n${missing.join('\n')}`).toEqual([]);
  });
});
