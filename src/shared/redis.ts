// Redis connections for state shared by several server instances (rate
// limits, caches, pub/sub, revocation), used only when REDIS_URL is set.
// Each user opens its own connection (a subscriber connection cannot run other
// commands) and closes it on shutdown.
import type { Redis } from 'ioredis';

export type { Redis };

/** Opens a connection named `fe-<purpose>` (visible in `CLIENT LIST`); ioredis is loaded on first use, not at start. */
export async function connectRedis(url: string, purpose: string): Promise<Redis> {
  const { Redis: Client } = await import('ioredis');
  return new Client(url, {
    connectionName: `fe-${purpose}`,
    // Fail a command quickly rather than queueing it forever while Redis is down.
    maxRetriesPerRequest: 2,
    enableAutoPipelining: true,
  });
}
