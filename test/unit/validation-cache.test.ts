// The validation cache of /graphql without a database: a document is
// validated once however often it is sent, its refusal included, and each
// document gets its own answer.
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import type { DocumentNode, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { validationCache } from '../../src/shared/http/validation-cache.js';
import { postQuery } from '../support/yoga.js';

function yogaCountingValidations() {
  const validated: string[] = [];
  const counting: Plugin = {
    onValidate({ params, validateFn, setValidationFn }) {
      const document = params.documentAST as DocumentNode;
      setValidationFn((...args: Parameters<typeof validate>) => {
        validated.push(document.loc?.source.body ?? '');
        return validateFn(...args) as ReturnType<typeof validate>;
      });
    },
  };
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
    parserAndValidationCache: { validationCache: false },
    plugins: [validationCache(), counting],
    logging: false,
  });
  const post = async (query: string) => (await (await postQuery(yoga, query)).json()) as { data?: unknown; errors?: { message: string }[] };
  return { post, validated };
}

describe('validation cache', () => {
  it('validates a repeated document once and answers it each time', async () => {
    // given
    const { post, validated } = yogaCountingValidations();
    // when
    const answers = [await post('{ ok }'), await post('{ ok }'), await post('{ ok }')];
    // then
    expect(answers).toEqual([{ data: { ok: true } }, { data: { ok: true } }, { data: { ok: true } }]);
    expect(validated).toEqual(['{ ok }']);
  });

  it('keeps a refusal: an invalid document is refused each time, validated once', async () => {
    // given
    const { post, validated } = yogaCountingValidations();
    // when
    const first = await post('{ missing }');
    const second = await post('{ missing }');
    // then
    expect(first.errors?.[0]?.message).toMatch(/Cannot query field "missing"/);
    expect(second).toEqual(first);
    expect(validated).toEqual(['{ missing }']);
  });

  it('validates each distinct document', async () => {
    // given
    const { post, validated } = yogaCountingValidations();
    // when
    const valid = await post('{ ok }');
    const invalid = await post('{ missing }');
    // then
    expect(valid.data).toEqual({ ok: true });
    expect(invalid.errors).toHaveLength(1);
    expect(validated).toEqual(['{ ok }', '{ missing }']);
  });
});
