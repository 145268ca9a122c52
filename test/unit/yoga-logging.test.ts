// Unexpected errors are logged with the error itself (type, message, stack),
// not as `"args":[{}]`.
import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { yogaLogFields } from '../../src/shared/logger.js';

describe('Yoga log lines', () => {
  it('carry the original error of a masked GraphQL error, serialized by pino', () => {
    // given: what Yoga hands its logger for a resolver that threw
    const lines: string[] = [];
    const out = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = pino({ level: 'error' }, out);
    const cause = new TypeError('boom in the resolver');
    const error = new GraphQLError('boom in the resolver', { path: ['viewer', 'services'], originalError: cause });
    // when
    log.error(yogaLogFields([error]), 'yoga');
    // then
    const line = JSON.parse(lines[0] ?? '{}') as { err?: { type: string; message: string; stack: string }; graphqlPath?: string };
    expect(line.err).toMatchObject({ type: 'TypeError', message: 'boom in the resolver' });
    expect(line.err?.stack).toContain('yoga-logging.test.ts');
    expect(line.graphqlPath).toBe('viewer.services');
  });

  it('keeps non-error arguments', () => {
    expect(yogaLogFields(['Request aborted'])).toEqual({ args: ['Request aborted'] });
  });
});
