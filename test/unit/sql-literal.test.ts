// Arguments of PGlite's prepared statements are written as SQL literals
// (src/shared/db/pglite-prepared.ts): a string stays one quoted token whatever
// it holds; anything that is not a string, finite number or boolean is refused.
import { describe, expect, it } from 'vitest';
import { sqlLiteral } from '../../src/shared/db/pglite-prepared.js';

describe('sqlLiteral', () => {
  it.each([
    ['plain', "'plain'"],
    ["o'brien", "'o''brien'"],
    ["'; DROP TABLE x; --", "'''; DROP TABLE x; --'"],
    ["\\'", "'\\'''"],
    ['', "''"],
    [42, '42'],
    [-1.5, '-1.5'],
    [true, 'TRUE'],
    [false, 'FALSE'],
  ])('writes %j as %s', (value, literal) => {
    // given / when / then
    expect(sqlLiteral(value)).toBe(literal);
  });

  it.each([['a\0b'], [Number.NaN], [Number.POSITIVE_INFINITY], [null], [undefined], [{}], [[1]], [10n], [new Date(0)]])(
    'refuses %s',
    (value) => {
      // given / when / then
      expect(() => sqlLiteral(value)).toThrow(TypeError);
    },
  );
});
