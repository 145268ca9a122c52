// One-statement reads in the shape Prisma returns, for the hottest read (the
// dashboard's `viewer.services`). Prisma 6.19's client engine compiles every
// query in WASM at each call, which cost about two thirds of a dashboard
// request (bench/RESULTS.md); this reader turns the same `findMany` arguments
// into one SQL statement of nested JSON (what `relationJoins` sends) and decodes
// the result with the datamodel, so Pothos' prisma plugin receives the objects
// it asked for. It understands a small subset of the arguments: scalar
// equality filters (and AND), orderBy, take, skip, include/select of scalars,
// relations and `_count`. Anything else answers null and the caller falls back
// to Prisma. test/foundation/json-reader.test.ts compares both on every shape.
//
// Compiled statements are kept by the shape of the arguments, the filter values
// taken out (`signature`): a request whose selection was seen before costs one
// key and no compilation, and its statement text is the same, so the database
// can keep it prepared under a name (`CompiledRead.name`; planning the
// dashboard's statement cost PGlite about half of running it).
import { createHash } from 'node:crypto';
import type { PothosPrismaDatamodel } from '@pothos/plugin-prisma';

type Field = PothosPrismaDatamodel['datamodel']['models'][string]['fields'][number];

export interface FindManyArgs {
  where?: unknown;
  orderBy?: unknown;
  take?: number;
  skip?: number;
  include?: unknown;
  select?: unknown;
  [other: string]: unknown;
}

export interface CompiledRead {
  sql: string;
  params: unknown[];
  /**
   * A name to keep the statement prepared under (the same for the same text),
   * for the first `maxPrepared` distinct statements; undefined after that, so
   * that the statements a database session keeps stay bounded.
   */
  name: string | undefined;
  decode(rows: { j: unknown }[]): Record<string, unknown>[];
}

class Unsupported extends Error {}

/** A filter value taken out of the arguments: the `i`-th value of the signature, bound as a parameter. */
class Slot {
  constructor(
    readonly i: number,
    readonly kind: 'string' | 'number' | 'boolean',
  ) {}

  /** How the slot reads in a cache key; NUL never occurs in the names and keywords around it. */
  toJSON(): string {
    return `\u0000${this.kind}`;
  }
}

/** A compiled statement for every set of arguments of one signature. */
interface Template {
  sql: string;
  /** Each parameter: a slot (the request's value) or a constant of the signature (take, skip). */
  params: unknown[];
  name: string | undefined;
  shape: Shape;
}

export interface JsonReaderOptions {
  /** Signatures whose compiled statement is kept (least recently used dropped first). */
  maxTemplates?: number;
  /** Distinct statements given a name to be prepared under. */
  maxPrepared?: number;
}

const DECLINED = Symbol('declined');

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * The arguments with every filter value replaced by a Slot (the values go to
 * `values`, in order); DECLINED when a filter holds something the reader
 * declines anyway (a date, a list, an operator, a relation filter).
 */
function signature(value: unknown, values: unknown[]): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const inner = signature(item, values);
      if (inner === DECLINED) return DECLINED;
      out.push(inner);
    }
    return out;
  }
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const inner = key === 'where' ? filterSignature(value[key], values) : signature(value[key], values);
    if (inner === DECLINED) return DECLINED;
    out[key] = inner;
  }
  return out;
}

/** A `where` object: each value a slot or null; AND holds further `where` objects. */
function filterSignature(where: unknown, values: unknown[]): unknown {
  if (where === undefined) return undefined;
  if (!isPlainRecord(where)) return DECLINED;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(where)) {
    const value = where[key];
    if (key === 'AND') {
      const list = (Array.isArray(value) ? value : [value]).map((inner) => filterSignature(inner, values));
      if (list.includes(DECLINED)) return DECLINED;
      out.AND = Array.isArray(value) ? list : list[0];
    } else if (value === null || value === undefined) {
      out[key] = value;
    } else if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
      values.push(value);
      out[key] = new Slot(values.length - 1, typeof value as Slot['kind']);
    } else {
      return DECLINED;
    }
  }
  return out;
}

/** The arguments understood, at the top and on each relation. */
const FIND_ARGS = new Set(['where', 'orderBy', 'take', 'skip', 'include', 'select']);
const SCALAR_TYPES = new Set(['String', 'Int', 'Float', 'Boolean', 'DateTime', 'BigInt', 'Json']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** What to read of one row: its scalars, relations (with their own shape) and counts. */
interface Shape {
  model: string;
  scalars: Field[];
  relations: { field: Field; args: RelationArgs; shape: Shape }[];
  counts: { field: Field; where: Record<string, unknown> }[];
}

interface RelationArgs {
  where: Record<string, unknown>;
  orderBy: { field: string; desc: boolean }[];
  take?: number;
  skip?: number;
}

export class JsonReader {
  private readonly models: PothosPrismaDatamodel['datamodel']['models'];
  private readonly templates = new Map<string, Template>();
  private readonly named = new Set<string>();
  private readonly maxTemplates: number;
  private readonly maxPrepared: number;

  constructor(datamodel: PothosPrismaDatamodel, options: JsonReaderOptions = {}) {
    this.models = datamodel.datamodel.models;
    this.maxTemplates = options.maxTemplates ?? 256;
    this.maxPrepared = options.maxPrepared ?? 64;
  }

  /** The statement for `prisma[model].findMany(args)`, or null when the arguments are outside the subset. */
  compileFindMany(model: string, args: FindManyArgs): CompiledRead | null {
    // A cursor (or any other argument outside the subset) is declined before
    // its values could make a key of their own.
    for (const key of Object.keys(args)) if (args[key] !== undefined && !FIND_ARGS.has(key)) return null;
    const values: unknown[] = [];
    const slotted = signature(args, values);
    if (slotted === DECLINED) return null;
    const key = `${model}\u0000${JSON.stringify(slotted)}`;
    let template = this.templates.get(key);
    if (template === undefined) {
      const compiled = this.compile(model, slotted as FindManyArgs);
      // Declined shapes are not kept: a nested cursor's value is part of the key.
      if (!compiled) return null;
      template = compiled;
      if (this.templates.size >= this.maxTemplates) this.templates.delete(this.templates.keys().next().value ?? '');
    } else {
      // Most recently used last: the first key is the one dropped.
      this.templates.delete(key);
    }
    this.templates.set(key, template);
    const { shape } = template;
    return {
      sql: template.sql,
      params: template.params.map((p) => (p instanceof Slot ? values[p.i] : p)),
      name: template.name,
      decode: (rows) => rows.map((r) => this.decode(shape, r.j)),
    };
  }

  private compile(model: string, args: FindManyArgs): Template | null {
    try {
      const shape = this.shape(model, args.include, args.select);
      const params: unknown[] = [];
      const alias = 't0';
      const rel = this.relationArgs(model, args);
      const sql =
        `SELECT ${this.rowJson(shape, alias, params, { n: 0 })} AS j FROM ${quote(model)} ${alias}` +
        ` WHERE ${this.where(model, alias, rel.where, params)}${this.orderLimit(alias, rel, params)}`;
      const name = `fe_read_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
      if (this.named.size < this.maxPrepared) this.named.add(name);
      return { sql, params, name: this.named.has(name) ? name : undefined, shape };
    } catch (error) {
      if (error instanceof Unsupported) return null;
      throw error;
    }
  }

  private fields(model: string): readonly Field[] {
    const found = this.models[model];
    if (!found) throw new Unsupported(model);
    return found.fields;
  }

  private field(model: string, name: string): Field {
    const field = this.fields(model).find((f) => f.name === name);
    if (!field) throw new Unsupported(`${model}.${name}`);
    return field;
  }

  /** Enums and the scalar types decoded below; anything else (Bytes, Decimal, ...) is unsupported. */
  private assertScalar(field: Field): Field {
    if (field.kind !== 'enum' && (field.kind !== 'scalar' || !SCALAR_TYPES.has(field.type))) throw new Unsupported(field.type);
    return field;
  }

  private shape(model: string, include: unknown, select: unknown): Shape {
    if (include !== undefined && select !== undefined) throw new Unsupported('include and select');
    const spec = select ?? include ?? {};
    if (!isRecord(spec)) throw new Unsupported('shape');
    const all = this.fields(model);
    const shape: Shape = {
      model,
      scalars: select === undefined ? all.filter((f) => f.kind !== 'object').map((f) => this.assertScalar(f)) : [],
      relations: [],
      counts: [],
    };
    for (const [name, value] of Object.entries(spec)) {
      if (value === false || value === undefined) continue;
      if (name === '_count') {
        shape.counts = this.counts(model, value);
        continue;
      }
      const field = this.field(model, name);
      if (field.kind !== 'object') {
        if (select === undefined || value !== true) throw new Unsupported(name);
        shape.scalars.push(this.assertScalar(field));
        continue;
      }
      const args = value === true ? {} : value;
      if (!isRecord(args)) throw new Unsupported(name);
      for (const key of Object.keys(args)) if (args[key] !== undefined && !FIND_ARGS.has(key)) throw new Unsupported(key);
      if (!field.isList && (args.where !== undefined || args.orderBy !== undefined || args.take !== undefined || args.skip !== undefined)) {
        throw new Unsupported(name);
      }
      shape.relations.push({ field, args: this.relationArgs(field.type, args), shape: this.shape(field.type, args.include, args.select) });
    }
    return shape;
  }

  private counts(model: string, value: unknown): Shape['counts'] {
    if (!isRecord(value) || !isRecord(value.select) || Object.keys(value).length !== 1) throw new Unsupported('_count');
    return Object.entries(value.select).flatMap(([name, spec]) => {
      if (spec === false) return [];
      const field = this.field(model, name);
      if (field.kind !== 'object' || !field.isList) throw new Unsupported(name);
      if (spec === true) return [{ field, where: {} }];
      if (!isRecord(spec) || Object.keys(spec).some((k) => k !== 'where')) throw new Unsupported(name);
      return [{ field, where: this.whereObject(spec.where) }];
    });
  }

  private whereObject(where: unknown): Record<string, unknown> {
    if (where === undefined) return {};
    if (!isRecord(where)) throw new Unsupported('where');
    return where;
  }

  private relationArgs(model: string, args: Record<string, unknown>): RelationArgs {
    const orderBy = (args.orderBy === undefined ? [] : Array.isArray(args.orderBy) ? args.orderBy : [args.orderBy]).map((entry) => {
      if (!isRecord(entry) || Object.keys(entry).length !== 1) throw new Unsupported('orderBy');
      const [name, direction] = Object.entries(entry)[0] ?? [];
      if (name === undefined || (direction !== 'asc' && direction !== 'desc')) throw new Unsupported('orderBy');
      const field = this.field(model, name);
      if (field.kind === 'object') throw new Unsupported('orderBy');
      return { field: name, desc: direction === 'desc' };
    });
    const count = (value: unknown) => {
      if (value === undefined) return undefined;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Unsupported('take/skip');
      return value;
    };
    return { where: this.whereObject(args.where), orderBy, take: count(args.take), skip: count(args.skip) };
  }

  /** Scalar equality with a slot (null: IS NULL) and AND lists; nothing else. */
  private where(model: string, alias: string, where: Record<string, unknown>, params: unknown[]): string {
    const parts: string[] = [];
    for (const [name, value] of Object.entries(where)) {
      if (value === undefined) continue;
      if (name === 'AND') {
        const list = Array.isArray(value) ? value : [value];
        for (const inner of list) parts.push(`(${this.where(model, alias, this.whereObject(inner), params)})`);
        continue;
      }
      const field = this.field(model, name);
      if (field.kind === 'object' || field.isList) throw new Unsupported(name);
      const column = `${alias}.${quote(name)}`;
      if (value === null) parts.push(`${column} IS NULL`);
      else if (value instanceof Slot) {
        if (field.type === 'DateTime' || field.type === 'BigInt' || field.type === 'Json') throw new Unsupported(name);
        params.push(value);
        parts.push(`${column} = $${String(params.length)}`);
      } else throw new Unsupported(name);
    }
    return parts.length ? parts.join(' AND ') : 'TRUE';
  }

  private orderLimit(alias: string, args: RelationArgs, params: unknown[]): string {
    let sql = args.orderBy.length
      ? ` ORDER BY ${args.orderBy.map((o) => `${alias}.${quote(o.field)}${o.desc ? ' DESC' : ' ASC'}`).join(', ')}`
      : '';
    if (args.take !== undefined) {
      params.push(args.take);
      sql += ` LIMIT $${String(params.length)}`;
    }
    if (args.skip) {
      params.push(args.skip);
      sql += ` OFFSET $${String(params.length)}`;
    }
    return sql;
  }

  private idOf(model: string): string {
    const id = this.fields(model).find((f) => f.isId);
    if (!id) throw new Unsupported(`${model} has no single id`);
    return id.name;
  }

  /**
   * The condition joining rows `sub` of `field`'s model to the row `alias` of
   * `model`. The datamodel does not carry `references`; every relation of this
   * schema references the id.
   */
  private joinOn(model: string, field: Field, sub: string, alias: string): string {
    const single = (fields: readonly string[] | undefined) => {
      if (fields?.length !== 1 || fields[0] === undefined) throw new Unsupported(field.name);
      return fields[0];
    };
    if (field.relationFromFields?.length) {
      return `${sub}.${quote(this.idOf(field.type))} = ${alias}.${quote(single(field.relationFromFields))}`;
    }
    const back = this.fields(field.type).find(
      (f) => f.relationName === field.relationName && f.kind === 'object' && f.relationFromFields?.length,
    );
    return `${sub}.${quote(single(back?.relationFromFields))} = ${alias}.${quote(this.idOf(model))}`;
  }

  private rowJson(shape: Shape, alias: string, params: unknown[], counter: { n: number }): string {
    const pairs: string[] = [];
    for (const f of shape.scalars)
      pairs.push(`'${f.name}', ${alias}.${quote(f.name)}${f.type === 'BigInt' ? (f.isList ? '::text[]' : '::text') : ''}`);
    for (const { field, args, shape: inner } of shape.relations) {
      counter.n += 1;
      const sub = `t${String(counter.n)}`;
      const on = this.joinOn(shape.model, field, sub, alias);
      if (!field.isList) {
        pairs.push(
          `'${field.name}', (SELECT ${this.rowJson(inner, sub, params, counter)} FROM ${quote(field.type)} ${sub} WHERE ${on} LIMIT 1)`,
        );
        continue;
      }
      const rows = `t${String(counter.n)}r`;
      const filter = this.where(field.type, sub, args.where, params);
      const limited = `SELECT ${sub}.* FROM ${quote(field.type)} ${sub} WHERE ${on} AND ${filter}${this.orderLimit(sub, args, params)}`;
      const order = args.orderBy.map((o) => `${rows}.${quote(o.field)}${o.desc ? ' DESC' : ' ASC'}`).join(', ');
      pairs.push(
        `'${field.name}', (SELECT coalesce(json_agg(${this.rowJson(inner, rows, params, counter)}${order ? ` ORDER BY ${order}` : ''}), '[]'::json) FROM (${limited}) ${rows})`,
      );
    }
    if (shape.counts.length) {
      const counts = shape.counts.map(({ field, where }) => {
        counter.n += 1;
        const sub = `t${String(counter.n)}`;
        const on = this.joinOn(shape.model, field, sub, alias);
        return `'${field.name}', (SELECT count(*)::int FROM ${quote(field.type)} ${sub} WHERE ${on} AND ${this.where(field.type, sub, where, params)})`;
      });
      pairs.push(`'_count', json_build_object(${counts.join(', ')})`);
    }
    if (pairs.length > 50) throw new Unsupported('too many fields');
    return `json_build_object(${pairs.join(', ')})`;
  }

  /**
   * Turns a row of the JSON result into what Prisma returns, in place (the
   * parsed JSON is this request's own): DateTime and BigInt values come as
   * strings; every other value is already what Prisma gives.
   */
  private decode(shape: Shape, value: unknown): Record<string, unknown> {
    if (!isRecord(value)) throw new Error('json-reader: row is not an object');
    for (const f of shape.scalars) {
      const raw = value[f.name];
      if (raw === undefined) value[f.name] = null;
      else if (raw !== null && (f.type === 'DateTime' || f.type === 'BigInt'))
        value[f.name] = f.isList && Array.isArray(raw) ? raw.map((r) => decodeOne(f.type, r)) : decodeOne(f.type, raw);
    }
    for (const { field, shape: inner } of shape.relations) {
      const raw = value[field.name];
      if (field.isList) value[field.name] = Array.isArray(raw) ? raw.map((r) => this.decode(inner, r)) : [];
      else value[field.name] = raw === null || raw === undefined ? null : this.decode(inner, raw);
    }
    return value;
  }
}

function decodeOne(type: string, raw: unknown): unknown {
  switch (type) {
    case 'DateTime':
      // timestamp(3) without time zone (what Prisma stores, in UTC) has no offset: the usual case, tested first
      return typeof raw === 'string' ? new Date(hasOffset(raw) ? raw : `${raw}Z`) : raw;
    case 'BigInt':
      return typeof raw === 'string' || typeof raw === 'number' ? BigInt(raw) : raw;
    default:
      return raw;
  }
}

/** An ISO timestamp ending in Z or a ±hh[:mm] offset (timestamptz). */
function hasOffset(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 90 /* Z */ || last === 122 /* z */ || /[+-]\d\d(:?\d\d)?$/.test(text.slice(-6));
}
