// Global IDs of the API (Relay): decoding with a type check, for arguments.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { notFound } from './errors.js';

/** The database id of a global ID of `typename`, or null when malformed or of another type. */
export function localId(globalId: string | number, typename: string): string | null {
  try {
    const { typename: t, id } = decodeGlobalID(String(globalId));
    return t === typename && id.length > 0 ? id : null;
  } catch {
    return null;
  }
}

/** Decodes a global ID of `typename` given in `input.<field>`, or refuses it as not found. */
export function requireId(globalId: string | number, typename: string, field: string): string {
  const id = localId(globalId, typename);
  if (!id) throw notFound(typename, field);
  return id;
}
