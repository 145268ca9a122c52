// Checks of free-text input shared by the modules.
import { InvalidInputError } from './errors.js';

/**
 * Trimmed text of 1..max characters, or InvalidInput on `input.<field>`.
 * (Checked in the resolver: errors of `validate:` are thrown before the errors
 * plugin can turn them into a typed InvalidInput.)
 */
export function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) {
    throw new InvalidInputError({ say: (m) => m.errors.textLength({ field, max }) }, ['input', field]);
  }
  return text;
}
