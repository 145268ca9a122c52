// Who a bearer token is, remembered briefly so that a request does not read
// its session from the database each time. Entries are keyed by the token's
// SHA-256 (never the token), kept at most AUTH_CACHE_SECONDS and never past
// the credential's own expiry. Revocation drops entries on every instance at
// once through the bus (src/shared/bus.ts); a load that was running while a
// revocation arrived is not remembered. Unknown tokens are never cached (a
// flood of made-up tokens cannot fill it).
import type { Bus } from './bus.js';
import type { Principal } from './principal.js';

export interface CachedCredential {
  principal: Principal;
  /** When the session or key itself expires. */
  expiresAt: Date | null;
}

/** What a revocation names: some credentials by token hash, or every credential of a principal. */
export type Revocation = { tokenHashes: string[] } | { principalKey: string };

export interface AuthCache {
  /** The credential of `tokenHash` at `now`, loading it (and remembering it) when not cached. */
  resolve(tokenHash: string, now: Date, load: () => Promise<CachedCredential | null>): Promise<Principal | null>;
  /** Forgets the named credentials here and on every other instance. */
  revoke(revocation: Revocation): Promise<void>;
}

/** The key that `{ principalKey }` revocations match: one per signed-in party. */
export function credentialOwner(principal: Principal): string {
  switch (principal.type) {
    case 'HOLDER':
      // An API key is revoked on its own: signing a holder out everywhere leaves the account's keys working.
      return principal.apiKey ? `API_KEY:${principal.apiKey.id}` : `HOLDER:${principal.accountId}`;
    case 'PANEL_USER':
      return `PANEL_USER:${principal.panelUserId}`;
    case 'OPERATOR':
      return `OPERATOR:${principal.operatorId}`;
  }
}

interface Entry extends CachedCredential {
  owner: string;
  /** Process time (ms) after which the entry is reloaded. */
  freshUntil: number;
}

export function createAuthCache(opts: { bus: Bus; ttlSeconds: number; maxEntries: number }): AuthCache {
  const entries = new Map<string, Entry>();
  // Bumped by every revocation: a load that began before it is not remembered.
  let generation = 0;
  const forget = (revocation: Revocation | null) => {
    generation += 1;
    if (revocation === null) entries.clear();
    else if ('tokenHashes' in revocation) for (const hash of revocation.tokenHashes) entries.delete(hash);
    else for (const [hash, entry] of entries) if (entry.owner === revocation.principalKey) entries.delete(hash);
  };
  // `null`: the bus reconnected and may have missed revocations.
  opts.bus.subscribe('auth.revoked', (message) => {
    forget(message === null ? null : (JSON.parse(message) as Revocation));
  });
  const ttlMs = opts.ttlSeconds * 1000;

  return {
    async resolve(tokenHash, now, load) {
      const cached = entries.get(tokenHash);
      if (cached && cached.freshUntil > performance.now()) {
        if (cached.expiresAt && cached.expiresAt <= now) return null;
        return cached.principal;
      }
      const started = generation;
      const loaded = await load();
      if (!loaded) {
        entries.delete(tokenHash);
        return null;
      }
      if (ttlMs > 0 && started === generation) {
        entries.delete(tokenHash);
        if (entries.size >= opts.maxEntries) {
          // The oldest entry goes (a Map iterates in insertion order).
          const oldest = entries.keys().next();
          if (!oldest.done) entries.delete(oldest.value);
        }
        entries.set(tokenHash, { ...loaded, owner: credentialOwner(loaded.principal), freshUntil: performance.now() + ttlMs });
      }
      if (loaded.expiresAt && loaded.expiresAt <= now) return null;
      return loaded.principal;
    },
    async revoke(revocation) {
      await opts.bus.publish('auth.revoked', JSON.stringify(revocation));
    },
  };
}
