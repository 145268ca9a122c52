// Hostile traffic: one row per attack, each asserting the refusal and that
// nothing changed in the database. Body limits go through the real node:http
// server (createHttpServer on port 0); the rest through Yoga in-process.
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/app.js';
import { webhookHeaders } from '../support/webhooks.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHolder, createPanelUser, createService } from '../support/factories.js';

const MIB = 1_048_576;
const MAX_DOCUMENT_BYTES = 10 * MIB;

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  json: unknown;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

const CREATE_DOCUMENT = `mutation($input: CreateDocumentInput!) {
  createDocument(input: $input) { __typename ... on CreateDocumentSuccess { document { id sizeBytes } } ... on UserError { code field message } }
}`;
const UPDATE_DOCUMENT = `mutation($input: UpdateDocumentInput!) {
  updateDocument(input: $input) { __typename ... on UserError { code field message } }
}`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename ... on UserError { code field message } } }`;
const SET_AUTO_RENEW = `mutation($input: SetAutoRenewInput!) { setAutoRenew(input: $input) { __typename } }`;

describe('hostile input', () => {
  let app: TestApp;
  let server: Server;
  let port: number;
  let holderToken: string;
  let panelToken: string;
  let serviceGid: string;
  let documentGid: string;
  let documentId: string;

  beforeAll(async () => {
    app = await createTestApp();
    const holder = await createHolder(app.prisma);
    holderToken = holder.token;
    const service = await createService(app.prisma, holder.account.id, { now: app.now() });
    serviceGid = encodeGlobalID('Service', service.id);
    panelToken = (await createPanelUser(app.prisma, service.id)).token;
    const created = await app.exec(
      CREATE_DOCUMENT,
      { input: { serviceId: serviceGid, kind: 'DOCUMENT', number: 'D-1', contentBase64: b64(100) } },
      { token: holderToken },
    );
    const doc = (created.data as { createDocument: { document: { id: string } } }).createDocument.document;
    documentGid = doc.id;
    documentId = (await app.prisma.document.findFirstOrThrow({ where: { serviceId: service.id } })).id;
    server = createHttpServer(app.deps);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
    await app.close();
  });

  /** Rows of every table an attack could change. */
  async function counts() {
    const p = app.prisma;
    const [documents, attachments, blobs, sessions, orders, carts, payments, audit, webhookEvents, counter] = await Promise.all([
      p.document.count(),
      p.attachment.count(),
      p.blob.count(),
      p.session.count(),
      p.order.count(),
      p.cart.count(),
      p.payment.count(),
      p.auditLog.count(),
      p.webhookEvent.count(),
      p.storageCounter.aggregate({ _sum: { usedBytes: true } }),
    ]);
    const doc = await p.document.findUniqueOrThrow({
      where: { id: documentId },
      select: { number: true, title: true, contentType: true, sizeBytes: true },
    });
    return {
      documents,
      attachments,
      blobs,
      sessions,
      orders,
      carts,
      payments,
      audit,
      webhookEvents,
      usedBytes: String(counter._sum.usedBytes),
      doc,
    };
  }

  /** A POST /graphql over a socket: `end: false` leaves the body unfinished (the server must answer anyway). */
  function rawPost(path: string, headers: Record<string, string | number>, body: Buffer | null, end = true): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      let answered = false;
      const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json: text ? (JSON.parse(text) as unknown) : null });
          req.destroy();
        });
      });
      // Writing the rest of a refused body may fail once the server closed the connection.
      req.on('error', (err) => {
        if (!answered) reject(err);
      });
      if (body) req.write(body);
      if (end) req.end();
      else req.flushHeaders();
    });
  }

  function graphqlBody(query: string, variables: Record<string, unknown>): Buffer {
    return Buffer.from(JSON.stringify({ query, variables }));
  }

  function errorsOf(res: { errors?: readonly unknown[] | undefined } | RawResponse): GraphQLBody['errors'] {
    const body = 'json' in res ? (res.json as GraphQLBody) : (res as GraphQLBody);
    return body.errors;
  }

  function payload(res: { data?: unknown }, field: string): Record<string, unknown> {
    return ((res.data ?? {}) as Record<string, Record<string, unknown>>)[field] ?? {};
  }

  const nul = (s: string) => `${s}\u0000x`;

  const rows: { attack: string; run: () => Promise<void> }[] = [
    {
      attack: 'a Content-Length above the /graphql limit is refused with 413 before the body is read',
      run: async () => {
        const res = await rawPost('/graphql', { 'content-type': 'application/json', 'content-length': 2 * MIB }, null, false);
        expect(res.status).toBe(413);
        expect(errorsOf(res)).toEqual([expect.objectContaining({ extensions: { code: 'PAYLOAD_TOO_LARGE' } })]);
      },
    },
    {
      attack: 'a chunked body is cut with 413 as soon as it passes the limit',
      run: async () => {
        const big = Buffer.concat([Buffer.from('{"query":"{ __typename }","variables":{"x":"'), Buffer.alloc(MIB + 1024, 'a')]);
        const res = await rawPost('/graphql', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, big, false);
        expect(res.status).toBe(413);
        expect(errorsOf(res)).toEqual([expect.objectContaining({ extensions: { code: 'PAYLOAD_TOO_LARGE' } })]);
      },
    },
    {
      attack: 'a signed-in caller may send a large body only for a document upload',
      run: async () => {
        const body = graphqlBody('query($pad: ID!) { node(id: $pad) { id } }', { pad: 'a'.repeat(2 * MIB) });
        const res = await rawPost(
          '/graphql',
          { 'content-type': 'application/json', 'content-length': body.length, authorization: `Bearer ${holderToken}` },
          body,
        );
        expect(res.status).toBe(413);
        expect(errorsOf(res)?.map((e) => e.extensions?.code)).toEqual(['PAYLOAD_TOO_LARGE']);
      },
    },
    {
      attack: 'a body that is not UTF-8 is refused with 400',
      run: async () => {
        const body = Buffer.concat([
          Buffer.from('{"query":"{ __typename }","variables":{"x":"'),
          Buffer.from([0xc3, 0x28]),
          Buffer.from('"}}'),
        ]);
        const res = await rawPost('/graphql', { 'content-type': 'application/json', 'content-length': body.length }, body);
        expect(res.status).toBe(400);
        expect(errorsOf(res)).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
      },
    },
    {
      attack: 'nodes with 101 ids is refused (BAD_USER_INPUT)',
      run: async () => {
        const ids = Array.from({ length: 101 }, () => documentGid);
        const res = await app.exec('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }, { token: holderToken });
        expect(res.data ?? null).toBeNull();
        expect(errorsOf(res)).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: ['ids'] } })]);
      },
    },
    {
      attack: 'first: 101 given through a variable is refused, not clamped',
      run: async () => {
        const res = await app.exec(
          'query($id: ID!, $n: Int) { service(id: $id) { documents(first: $n) { edges { node { id } } } } }',
          { id: serviceGid, n: 101 },
          { token: holderToken },
        );
        expect(payload(res, 'service')).toEqual({});
        expect(errorsOf(res)).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: ['first'] } })]);
      },
    },
    {
      attack: 'last: 101 and first: -1 are refused too',
      run: async () => {
        const query = 'query($id: ID!, $f: Int, $l: Int) { service(id: $id) { documents(first: $f, last: $l) { totalCount } } }';
        const last = await app.exec(query, { id: serviceGid, l: 101 }, { token: holderToken });
        const negative = await app.exec(query, { id: serviceGid, f: -1 }, { token: holderToken });
        expect(errorsOf(last)).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: ['last'] } })]);
        expect(errorsOf(negative)).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: ['first'] } })]);
      },
    },
    {
      attack: 'contentBase64 of many documents (a variable page size, under aliases) is too complex',
      run: async () => {
        const query = `query($id: ID!, $n: Int) { service(id: $id) {
          a: documents(first: $n) { edges { node { contentBase64 } } }
          b: documents(first: $n) { edges { node { contentBase64 } } }
          c: documents(first: $n) { edges { node { contentBase64 } } } } }`;
        const aliased = await app.exec(query, { id: serviceGid, n: 1 }, { token: holderToken, locale: 'it' });
        const page = await app.exec(
          'query($id: ID!) { service(id: $id) { documents(first: 100) { edges { node { contentBase64 } } } } }',
          { id: serviceGid },
          { token: holderToken },
        );
        for (const res of [aliased, page]) {
          expect(payload(res, 'service')).toEqual({});
          expect(errorsOf(res)?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
        }
        expect(errorsOf(aliased)?.[0]?.message).toMatch(/^L'operazione è troppo complessa/);
      },
    },
    {
      attack: 'a document of the policy maximum plus one byte is DocumentTooLarge (checked before decoding)',
      run: async () => {
        const res = await app.exec(
          CREATE_DOCUMENT,
          { input: { serviceId: serviceGid, kind: 'DOCUMENT', number: 'BIG', contentBase64: b64(MAX_DOCUMENT_BYTES + 1) } },
          { token: holderToken },
        );
        expect(res.errors).toBeUndefined();
        expect(payload(res, 'createDocument')).toMatchObject({ __typename: 'DocumentTooLarge', code: 'DOCUMENT_TOO_LARGE' });
      },
    },
    {
      attack: 'attachments that take a document past the maximum are DocumentTooLarge',
      run: async () => {
        const half = b64(MAX_DOCUMENT_BYTES / 2);
        const attachments = [{ filename: 'a.pdf', contentType: 'application/pdf', contentBase64: half }];
        const res = await app.exec(
          CREATE_DOCUMENT,
          {
            input: { serviceId: serviceGid, kind: 'DOCUMENT', number: 'BIG2', contentBase64: b64(MAX_DOCUMENT_BYTES / 2 + 1), attachments },
          },
          { token: holderToken },
        );
        expect(payload(res, 'createDocument')).toMatchObject({ __typename: 'DocumentTooLarge' });
      },
    },
    {
      attack: 'base64 with a character outside the alphabet is InvalidInput',
      run: async () => {
        const res = await app.exec(
          CREATE_DOCUMENT,
          { input: { serviceId: serviceGid, kind: 'DOCUMENT', number: 'B64', contentBase64: `${b64(3 * MIB)}QQ=*` } },
          { token: holderToken },
        );
        expect(payload(res, 'createDocument')).toMatchObject({ __typename: 'InvalidInput', field: ['input', 'contentBase64'] });
      },
    },
    {
      attack: 'a NUL byte in the anonymous login is a typed InvalidInput on the field',
      run: async () => {
        const res = await app.exec(LOGIN, { input: { username: nul('someone@aruba.it'), password: 'x' } });
        expect(res.errors).toBeUndefined();
        expect(payload(res, 'login')).toMatchObject({ __typename: 'InvalidInput', code: 'INVALID_INPUT', field: ['input', 'username'] });
      },
    },
    {
      attack: 'a lone surrogate (not Unicode text) in the login is InvalidInput',
      run: async () => {
        const res = await app.exec(LOGIN, { input: { username: 'a\ud800b', password: 'x' } });
        expect(payload(res, 'login')).toMatchObject({ __typename: 'InvalidInput', field: ['input', 'username'] });
      },
    },
    {
      attack: 'a NUL byte in createDocument is a typed InvalidInput on the field',
      run: async () => {
        const res = await app.exec(
          CREATE_DOCUMENT,
          { input: { serviceId: serviceGid, kind: 'DOCUMENT', number: 'N-1', title: nul('title'), contentBase64: b64(10) } },
          { token: holderToken },
        );
        expect(res.errors).toBeUndefined();
        expect(payload(res, 'createDocument')).toMatchObject({ __typename: 'InvalidInput', field: ['input', 'title'] });
      },
    },
    {
      attack: 'an over-long text argument is InvalidInput',
      run: async () => {
        const res = await app.exec(
          UPDATE_DOCUMENT,
          { input: { documentId: documentGid, title: 'x'.repeat(20_000) } },
          { token: holderToken },
        );
        expect(payload(res, 'updateDocument')).toMatchObject({ __typename: 'InvalidInput', field: ['input', 'title'] });
      },
    },
    {
      attack: 'a NUL byte in a query argument is BAD_USER_INPUT, not an internal error',
      run: async () => {
        const res = await app.exec('query($id: ID!) { node(id: $id) { id } }', { id: nul('U2VydmljZT') }, { token: holderToken });
        expect(errorsOf(res)?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      },
    },
    {
      attack: 'a NUL byte in a signed SDI event is a malformed event (400), not a fault',
      run: async () => {
        const serviceId = (await app.prisma.service.findFirstOrThrow()).id;
        const event = Buffer.from(
          JSON.stringify({ eventId: 'evt-nul', type: 'invoice.received', data: { serviceId, number: nul('N'), contentBase64: b64(10) } }),
        );
        const headers = {
          'content-type': 'application/json',
          'content-length': event.length,
          ...webhookHeaders(app.deps.config.SDI_WEBHOOK_SECRET, event),
        };
        const res = await rawPost('/webhooks/sdi', headers, event);
        expect(res.status).toBe(400);
        expect(res.json).toMatchObject({ error: 'malformed event', issues: ['data.number: NUL'] });
      },
    },
    {
      attack: 'a content type with CR/LF is InvalidInput on createDocument, updateDocument and attachments',
      run: async () => {
        const bad = 'text/html\r\nset-cookie: a=b';
        const create = await app.exec(
          CREATE_DOCUMENT,
          { input: { serviceId: serviceGid, kind: 'DOCUMENT', number: 'CT', contentBase64: b64(10), contentType: bad } },
          { token: holderToken },
        );
        const update = await app.exec(
          UPDATE_DOCUMENT,
          { input: { documentId: documentGid, contentType: 'application/pdf\n' + 'x' } },
          { token: holderToken },
        );
        const attachment = await app.exec(
          CREATE_DOCUMENT,
          {
            input: {
              serviceId: serviceGid,
              kind: 'DOCUMENT',
              number: 'CT2',
              contentBase64: b64(10),
              attachments: [{ filename: 'a', contentType: 'a/b\u0007', contentBase64: b64(5) }],
            },
          },
          { token: holderToken },
        );
        expect(payload(create, 'createDocument')).toMatchObject({ __typename: 'InvalidInput', field: ['input', 'contentType'] });
        expect(payload(update, 'updateDocument')).toMatchObject({ __typename: 'InvalidInput', field: ['input', 'contentType'] });
        expect(payload(attachment, 'createDocument')).toMatchObject({
          __typename: 'InvalidInput',
          field: ['input', 'attachments', '0', 'contentType'],
        });
      },
    },
    {
      attack: 'a panel user calling a holder mutation is FORBIDDEN',
      run: async () => {
        const res = await app.exec(SET_AUTO_RENEW, { input: { serviceId: serviceGid, enabled: false } }, { token: panelToken });
        expect(res.status).toBe(200);
        expect(res.data ?? null).toBeNull();
        expect(errorsOf(res)).toEqual([expect.objectContaining({ path: ['setAutoRenew'], extensions: { code: 'FORBIDDEN' } })]);
      },
    },
    {
      attack: 'an anonymous caller is UNAUTHENTICATED with 401 and WWW-Authenticate: Bearer',
      run: async () => {
        const body = graphqlBody(CREATE_DOCUMENT, {
          input: { serviceId: serviceGid, kind: 'DOCUMENT', number: 'ANON', contentBase64: b64(10) },
        });
        const res = await rawPost('/graphql', { 'content-type': 'application/json', 'content-length': body.length }, body);
        expect(res.status).toBe(401);
        expect(res.headers['www-authenticate']).toBe('Bearer');
        expect(errorsOf(res)).toEqual([expect.objectContaining({ path: ['createDocument'], extensions: { code: 'UNAUTHENTICATED' } })]);
      },
    },
  ];

  it.each(rows)('$attack, and changes nothing', async ({ run }) => {
    // given
    const before = await counts();
    // when, then
    await run();
    expect(await counts()).toEqual(before);
  });

  it('the download route sends nosniff and survives a stored content type that cannot be a header', async () => {
    // given: a row written before content types were checked
    await app.prisma.document.update({ where: { id: documentId }, data: { contentType: 'text/html\r\nx-evil: 1' } });
    // when
    const res = await fetch(`http://127.0.0.1:${port}/documents/content?id=${encodeURIComponent(documentGid)}`, {
      headers: { authorization: `Bearer ${holderToken}` },
    });
    // then
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-evil')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.alloc(100, 'x'));
    await app.prisma.document.update({ where: { id: documentId }, data: { contentType: 'application/xml' } });
  });

  // Storing 10 MiB is slow on PGlite (its bytea path): these two get a longer timeout.
  it('a document of exactly the policy maximum is stored through POST /graphql (the upload body limit)', async () => {
    // given
    const body = graphqlBody(CREATE_DOCUMENT, {
      input: { serviceId: serviceGid, kind: 'DOCUMENT', number: 'MAX', contentBase64: b64(MAX_DOCUMENT_BYTES, 'm') },
    });
    expect(body.length).toBeGreaterThan(app.deps.config.MAX_BODY_BYTES);
    // when
    const created = await rawPost(
      '/graphql',
      { 'content-type': 'application/json', 'content-length': body.length, authorization: `Bearer ${holderToken}` },
      body,
    );
    // then
    expect(created.status).toBe(200);
    expect(payload(created.json as GraphQLBody, 'createDocument')).toMatchObject({
      __typename: 'CreateDocumentSuccess',
      document: { sizeBytes: MAX_DOCUMENT_BYTES },
    });
    expect(await app.prisma.document.count({ where: { number: 'MAX', sizeBytes: MAX_DOCUMENT_BYTES } })).toBe(1);
  }, 300_000);

  it('a received invoice of exactly the policy maximum is stored from the SDI webhook', async () => {
    // given
    const serviceId = (await app.prisma.service.findFirstOrThrow()).id;
    const event = Buffer.from(
      JSON.stringify({
        eventId: 'evt-max',
        type: 'invoice.received',
        data: { serviceId, number: 'SDI-MAX', contentBase64: b64(MAX_DOCUMENT_BYTES, 's'), sdiId: 'SDI-MAX' },
      }),
    );
    // when
    const received = await rawPost(
      '/webhooks/sdi',
      {
        'content-type': 'application/json',
        'content-length': event.length,
        ...webhookHeaders(app.deps.config.SDI_WEBHOOK_SECRET, event),
      },
      event,
    );
    // then
    expect(received.status).toBe(200);
    expect(received.json).toMatchObject({ status: 'stored' });
    expect(await app.prisma.document.count({ where: { number: 'SDI-MAX', kind: 'INVOICE_RECEIVED', sizeBytes: MAX_DOCUMENT_BYTES } })).toBe(
      1,
    );
  }, 300_000);
});

function b64(bytes: number, seed = 'x'): string {
  return Buffer.alloc(bytes, seed).toString('base64');
}
