// The execution guards of /graphql without a database: a query that never
// finishes is answered with TIMEOUT once REQUEST_TIMEOUT_MS has passed (a
// query answered without waiting is not timed at all), and a large body is
// kept for document uploads.
import { createSchema, createYoga } from 'graphql-yoga';
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { executionGuards, isUploadOperation } from '../../src/shared/http/graphql-guards.js';
import { limitsOf } from '../../src/shared/limits.js';
import { loadConfig } from '../../src/shared/config.js';
import { postQuery } from '../support/yoga.js';

describe('execution guards', () => {
  it('answers a query that never finishes with a TIMEOUT error (HTTP 503)', async () => {
    // given: a resolver that never settles, and a timeout of 1 ms
    const limits = { ...limitsOf(loadConfig({})), requestTimeoutMs: 1 };
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { slow: String }',
        resolvers: { Query: { slow: () => new Promise<string>(() => undefined) } },
      }),
      plugins: [executionGuards(limits)],
      logging: false,
    });
    // when
    const res = await postQuery(yoga, '{ slow }');
    // then
    expect(res.status).toBe(503);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'TIMEOUT' } })]);
    expect(body.errors[0]?.message).toMatch(/did not finish within 1 ms/);
  });

  it('sets no timer for a query whose resolvers answer without waiting', async () => {
    // given: a synchronous resolver beside a slow one, under the same guards
    const limits = limitsOf(loadConfig({}));
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { fast: String, slow: String }',
        resolvers: { Query: { fast: () => 'now', slow: () => Promise.resolve('later') } },
      }),
      plugins: [executionGuards(limits)],
      logging: false,
    });
    const ask = async (query: string) => (await (await postQuery(yoga, query)).json()) as unknown;
    const timers = vi.spyOn(globalThis, 'setTimeout');
    try {
      // when
      const fast = await ask('{ fast }');
      const fastTimers = timers.mock.calls.filter(([, ms]) => ms === limits.requestTimeoutMs).length;
      const slow = await ask('{ slow }');
      const allTimers = timers.mock.calls.filter(([, ms]) => ms === limits.requestTimeoutMs).length;
      // then: both answered; only the waiting one was timed
      expect(fast).toEqual({ data: { fast: 'now' } });
      expect(slow).toEqual({ data: { slow: 'later' } });
      expect([fastTimers, allTimers]).toEqual([0, 1]);
    } finally {
      timers.mockRestore();
    }
  });

  it('tells document uploads from other operations', () => {
    expect(isUploadOperation(parse('mutation { createDocument(input: {}) { __typename } }'), null)).toBe(true);
    expect(
      isUploadOperation(
        parse('mutation { a: receiveInvoice(input: {}) { __typename } b: updateDocument(input: {}) { __typename } }'),
        null,
      ),
    ).toBe(true);
    expect(isUploadOperation(parse('mutation { createDocument(input: {}) { __typename } login(input: {}) { __typename } }'), null)).toBe(
      false,
    );
    expect(isUploadOperation(parse('query { createDocument }'), null)).toBe(false);
    expect(isUploadOperation(parse('mutation { ...F } fragment F on Mutation { createDocument(input: {}) { __typename } }'), null)).toBe(
      false,
    );
  });
});
