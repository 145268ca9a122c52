// A small message bus between the server instances that share one database:
// "this session was revoked", "the catalog changed". Through Redis pub/sub when
// REDIS_URL is set, PostgreSQL LISTEN/NOTIFY on PostgreSQL otherwise, and in
// process on PGlite (one process owns a PGlite database). Messages are hints to
// drop cached state: each cache also bounds how long it trusts an entry, so a
// message lost while a connection was down costs staleness, never safety for
// longer than that bound.
import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Logger } from './logger.js';
import { connectRedis, type Redis } from './redis.js';

export type BusTopic = 'auth.revoked' | 'catalog.changed';

export interface Bus {
  /** Delivers `message` to every subscriber of `topic` on every instance, this one included (before it resolves). */
  publish(topic: BusTopic, message: string): Promise<void>;
  /** Calls `handler` for each message; also with `null` when the bus reconnected (messages may have been missed). */
  subscribe(topic: BusTopic, handler: (message: string | null) => void): () => void;
  /** Resolves once this instance receives other instances' messages (awaited at start). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface BusOptions {
  redisUrl?: string | undefined;
  postgresUrl?: string | undefined;
  /** Separates buses that share one Redis (tests). */
  prefix?: string;
  log: Logger;
}

const PG_CHANNEL = 'fe_bus';

export function createBus(opts: BusOptions): Bus {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const deliver = (topic: string, message: string | null) => {
    local.emit(topic, message);
  };
  const reconnected = () => {
    for (const topic of local.eventNames()) deliver(String(topic), null);
  };
  const subscribe = (topic: BusTopic, handler: (message: string | null) => void) => {
    local.on(topic, handler);
    return () => {
      local.off(topic, handler);
    };
  };
  // Each message carries its sender, so that the publishing instance, which
  // delivered it locally already, skips its own echo.
  const origin = `${String(process.pid)}:${Math.random().toString(36).slice(2)}`;
  const encode = (topic: string, message: string) => JSON.stringify({ o: origin, t: topic, m: message });
  const receive = (raw: string) => {
    try {
      const { o, t, m } = JSON.parse(raw) as { o: string; t: string; m: string };
      if (o !== origin) deliver(t, m);
    } catch (err) {
      opts.log.warn({ err }, 'bus: malformed message dropped');
    }
  };

  if (opts.redisUrl) {
    const channel = `${opts.prefix ?? 'fe'}:bus`;
    const url = opts.redisUrl;
    let pub: Promise<Redis> | null = null;
    const sub = connectRedis(url, 'bus-subscriber').then(async (client) => {
      client.on('message', (_channel: string, raw: string) => {
        receive(raw);
      });
      // ioredis resubscribes after a reconnect; what was published meanwhile is lost.
      client.on('ready', reconnected);
      await client.subscribe(channel);
      return client;
    });
    sub.catch((err: unknown) => {
      opts.log.error({ err }, 'bus: Redis subscription failed');
    });
    return {
      async publish(topic, message) {
        deliver(topic, message);
        try {
          pub ??= connectRedis(url, 'bus-publisher');
          await (await pub).publish(channel, encode(topic, message));
        } catch (err) {
          opts.log.error({ err, topic }, 'bus: publish failed');
        }
      },
      subscribe,
      ready: () =>
        sub.then(
          () => undefined,
          () => undefined,
        ),
      async close() {
        await Promise.all([sub.then((c) => c.quit()).catch(() => undefined), pub?.then((c) => c.quit()).catch(() => undefined)]);
      },
    };
  }

  if (opts.postgresUrl) {
    const url = opts.postgresUrl;
    let closed = false;
    let client: pg.Client | null = null;
    let publisher: Promise<pg.Client> | null = null;
    const listen = async (): Promise<void> => {
      const c = new pg.Client({ connectionString: url });
      c.on('notification', (n) => {
        if (n.payload) receive(n.payload);
      });
      c.on('error', (err) => {
        opts.log.warn({ err }, 'bus: PostgreSQL listener lost; reconnecting');
        void c.end().catch(() => undefined);
        if (client === c) client = null;
        if (!closed) setTimeout(() => void listen().then(reconnected, () => undefined), 1000).unref();
      });
      await c.connect();
      await c.query(`LISTEN ${PG_CHANNEL}`);
      client = c;
    };
    const ready = listen().catch((err: unknown) => {
      opts.log.error({ err }, 'bus: PostgreSQL LISTEN failed');
    });
    return {
      async publish(topic, message) {
        deliver(topic, message);
        try {
          publisher ??= (async () => {
            const c = new pg.Client({ connectionString: url });
            c.on('error', () => {
              publisher = null;
            });
            await c.connect();
            return c;
          })();
          await (await publisher).query('SELECT pg_notify($1, $2)', [PG_CHANNEL, encode(topic, message)]);
        } catch (err) {
          publisher = null;
          opts.log.error({ err, topic }, 'bus: publish failed');
        }
      },
      subscribe,
      ready: () => ready,
      async close() {
        closed = true;
        await ready;
        await Promise.all([client?.end().catch(() => undefined), publisher?.then((c) => c.end()).catch(() => undefined)]);
      },
    };
  }

  return {
    publish(topic, message) {
      deliver(topic, message);
      return Promise.resolve();
    },
    subscribe,
    ready: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
