// Text that cannot be stored or is not text: NUL (PostgreSQL refuses it), lone
// UTF-16 surrogates (no UTF-8 for them), or too long. Checked with one linear
// scan; used for GraphQL arguments (shared/schema/input-hygiene.ts) and webhook bodies.
import { LONG_TEXT_ARGUMENTS, SCHEMA_LIMITS } from './limits.js';

/** TOO_MANY: a list argument longer than SCHEMA_LIMITS.maxListItems (refused before its items are read). */
export type TextProblem = 'NUL' | 'NOT_UNICODE' | 'TOO_LONG' | 'TOO_MANY';

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

export interface FoundText {
  path: string[];
  problem: TextProblem;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/** The first bad text inside argument values (input objects and lists walked), or a list that is too long, or null. */
export function findBadText(value: unknown, path: string[], maxChars: number): FoundText | null {
  if (typeof value === 'string') {
    // Base64 contents are checked character by character where they are decoded.
    if (LONG_TEXT_ARGUMENTS.has(path[path.length - 1] ?? '')) return null;
    const problem = textProblem(value, maxChars);
    return problem ? { path, problem } : null;
  }
  if (Array.isArray(value)) {
    if (value.length > SCHEMA_LIMITS.maxListItems) return { path, problem: 'TOO_MANY' };
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
