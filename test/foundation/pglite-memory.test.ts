// PGlite runs PostgreSQL inside the server process, so its buffer cache is the
// server's memory: the server opens it with PGLITE_SHARED_BUFFERS_MB (README
// "Configuration"), not PostgreSQL's 128 MB default.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/shared/db/database.js';
import { loadConfig } from '../../src/shared/config.js';

describe('PGlite memory', () => {
  let db: Database | null = null;
  afterEach(async () => {
    await db?.close();
    db = null;
  });

  it('opens with the configured shared_buffers (8 MB by default)', async () => {
    // given
    const config = loadConfig({});
    // when
    db = await openDatabase({ kind: 'pglite', dataDir: null }, { pgliteSharedBuffersMb: config.PGLITE_SHARED_BUFFERS_MB });
    const [row] = await db.sql.query<{ shared_buffers: string }>('SHOW shared_buffers');
    // then
    expect(config.PGLITE_SHARED_BUFFERS_MB).toBe(8);
    expect(row?.shared_buffers).toBe('8MB');
  });

  it('keeps PostgreSQL defaults otherwise, and refuses a value out of bounds', async () => {
    // given / when
    db = await openDatabase({ kind: 'pglite', dataDir: null });
    const [row] = await db.sql.query<{ shared_buffers: string }>('SHOW shared_buffers');
    // then
    expect(row?.shared_buffers).toBe('128MB');
    expect(() => loadConfig({ PGLITE_SHARED_BUFFERS_MB: '0' })).toThrow(/PGLITE_SHARED_BUFFERS_MB/);
  });
});
