// Log format: JSON lines with ISO times for machines, pino-pretty for people.
import { describe, expect, it } from 'vitest';
import { logFormatOf } from '../../src/shared/logger.js';

describe('log format', () => {
  it.each([
    { env: { NODE_ENV: 'development' }, tty: true, expected: 'pretty' },
    { env: { NODE_ENV: 'development' }, tty: false, expected: 'json' },
    { env: { NODE_ENV: 'production' }, tty: true, expected: 'json' },
    { env: { NODE_ENV: 'production', LOG_FORMAT: 'pretty' as const }, tty: false, expected: 'pretty' },
    { env: { NODE_ENV: 'development', LOG_FORMAT: 'json' as const }, tty: true, expected: 'json' },
  ])('$env with a terminal: $tty -> $expected', ({ env, tty, expected }) => {
    // when / then
    expect(logFormatOf(env, tty)).toBe(expected);
  });
});
