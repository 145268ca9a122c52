// Named prepared statements on PGlite (SqlRunner.queryPrepared). Its query API
// has no statement names, and a statement made with PREPARE cannot take bound
// parameters through it (`EXECUTE s($1)` is refused: the bind message goes to
// EXECUTE itself). So each statement is prepared once with PREPARE and run with
// EXECUTE, its arguments written as SQL literals by `sqlLiteral`: strings
// quoted (standard_conforming_strings, checked once), finite numbers and
// booleans as such, anything else refused.
import type { PGlite } from '@electric-sql/pglite';

/** SQLSTATE of "prepared statement does not exist" (after DEALLOCATE ALL or DISCARD ALL). */
const UNKNOWN_STATEMENT = '26000';

/** `value` as a SQL literal, for a server with standard_conforming_strings on (backslashes are plain characters). */
export function sqlLiteral(value: unknown): string {
  if (typeof value === 'string') {
    // PostgreSQL text cannot hold NUL; refusing here keeps the literal one token.
    if (value.includes('\0')) throw new TypeError('a string argument holds a NUL character');
    return `'${value.replace(/'/g, "''")}'`;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  throw new TypeError(`cannot write a ${typeof value} argument as a literal`);
}

type Rows = <T extends Record<string, unknown>>(name: string, sql: string, params: unknown[]) => Promise<T[]>;

export function pglitePrepared(lite: PGlite): Rows {
  /** Statements prepared in the session (a promise, so that concurrent first uses prepare once). */
  const prepared = new Map<string, Promise<void>>();
  let literalsSafe: Promise<boolean> | null = null;

  const prepare = (name: string, sql: string) => {
    let done = prepared.get(name);
    if (!done) {
      done = lite.query(`PREPARE "${name}" AS ${sql}`).then(() => undefined);
      done.catch(() => prepared.delete(name));
      prepared.set(name, done);
    }
    return done;
  };

  const run = async <T extends Record<string, unknown>>(name: string, sql: string, params: unknown[]): Promise<T[]> => {
    await prepare(name, sql);
    const args = params.length ? `(${params.map(sqlLiteral).join(', ')})` : '';
    return (await lite.query<T>(`EXECUTE "${name}"${args}`)).rows;
  };

  return async <T extends Record<string, unknown>>(name: string, sql: string, params: unknown[]): Promise<T[]> => {
    literalsSafe ??= lite
      .query<{ standard_conforming_strings: string }>('SHOW standard_conforming_strings')
      .then((r) => r.rows[0]?.standard_conforming_strings === 'on');
    // Quoting by doubling quotes is only complete with standard strings: else run it unprepared.
    if (!(await literalsSafe)) return (await lite.query<T>(sql, params)).rows;
    try {
      return await run<T>(name, sql, params);
    } catch (err) {
      if ((err as { code?: unknown }).code !== UNKNOWN_STATEMENT) throw err;
      // Deallocated behind our back: prepare it again, once.
      prepared.delete(name);
      return run<T>(name, sql, params);
    }
  };
}
