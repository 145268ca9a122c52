// Hostile traffic: one row per attack, each asserting the refusal and that
// nothing changed in the database. Body limits go through the real node:http
// server (createHttpServer on port 0); the rest through Yoga in-process.
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/app.js';
import { randomWebhookSecret, webhookHeaders } from '../support/webhooks.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { addDays, createHolder, createOperator, createPanelUser, createService, PASSWORD } from '../support/factories.js';
import { DEV_WEBHOOK_SECRETS } from '../../src/shared/config.js';
import { gatewayFor } from '../../src/modules/commerce/payment.service.js';
import { SandboxGateway } from '../../src/modules/commerce/payments/gateway.js';
import { checkoutCart, localOf, openCart } from '../checkout/helpers.js';

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

// Production settings, signed webhooks, payment anomalies, the lifecycle and
// readiness: an app configured as in production (real secrets, a previous
// payment secret still accepted, CORS allowlist, introspection and GraphiQL
// off, operator alerts by e-mail), over the real HTTP server.
interface CardOrder {
  number: string;
  id: string;
  totalCents: number;
}

describe('hostile input against a production configuration', () => {
  const ALLOWED_ORIGIN = 'https://app.example.com';
  const OPERATOR_EMAIL = 'ops@example.com';
  const secrets = {
    PAYMENT_WEBHOOK_SECRET: randomWebhookSecret(),
    PAYMENT_WEBHOOK_SECRET_PREVIOUS: randomWebhookSecret(),
    SDI_WEBHOOK_SECRET: randomWebhookSecret(),
  };
  let app: TestApp;
  let server: Server;
  let base: string;
  let holder: Awaited<ReturnType<typeof createHolder>>;
  let operatorToken: string;
  let serviceId: string;
  let expiredServiceId: string;
  /** A card order awaiting payment per attack, made before the attacks (their checkouts are not part of them). */
  const orders: Record<'forged' | 'stale' | 'tampered' | 'usd' | 'amount' | 'cancelled' | 'rotated', CardOrder> = {} as never;

  beforeAll(async () => {
    app = await createTestApp({
      env: {
        NODE_ENV: 'production',
        ...secrets,
        ALLOW_SANDBOX_GATEWAY: 'true',
        CORS_ORIGINS: ALLOWED_ORIGIN,
        OPERATOR_ALERT_EMAIL: OPERATOR_EMAIL,
      },
    });
    holder = await createHolder(app.prisma);
    operatorToken = (await createOperator(app.prisma)).token;
    serviceId = (await createService(app.prisma, holder.account.id, { now: app.now(), extraStorageGb: 1 })).id;
    // Expired 100 days ago: past the 90 days of grace, a real lifecycle run would cancel it and delete its documents.
    expiredServiceId = (await createService(app.prisma, holder.account.id, { now: app.now(), expiresInDays: -100, usedBytes: 5_000 })).id;
    for (const key of ['forged', 'stale', 'tampered', 'usd', 'amount', 'cancelled', 'rotated'] as const) orders[key] = await cardOrder();
    await app.prisma.order.update({ where: { id: orders.cancelled.id }, data: { status: 'CANCELLED', cancelledAt: app.now() } });
    server = createHttpServer(app.deps);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
    await app.close();
  });

  /** Everything the attacks below could change. */
  async function state() {
    const p = app.prisma;
    const [orders, payments, services, documents, sessions, webhookEvents, audit, notifications, lifecycleRuns] = await Promise.all([
      p.order.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, paidAt: true, appliedAt: true } }),
      p.payment.count(),
      p.service.findMany({ orderBy: { id: 'asc' }, select: { id: true, expiresAt: true, recordedStatus: true, cancelledAt: true } }),
      p.document.count(),
      p.session.count(),
      p.webhookEvent.count(),
      p.auditLog.findMany({ orderBy: { id: 'asc' }, select: { action: true, orderId: true, data: true } }),
      p.notification.findMany({ orderBy: { id: 'asc' }, select: { toEmail: true, kind: true } }),
      p.lifecycleRun.count(),
    ]);
    return { orders, payments, services, documents, sessions, webhookEvents, audit, notifications, lifecycleRuns };
  }

  /** A card order awaiting payment, on a service of its own. */
  async function cardOrder(): Promise<CardOrder> {
    const service = await createService(app.prisma, holder.account.id, { now: app.now(), extraStorageGb: 1 });
    const cart = await openCart(app, holder.token, service.id, 'STORAGE_UPGRADE');
    const order = await checkoutCart(app, holder.token, cart.id, 'CREDIT_CARD');
    return { number: order.number, id: localOf(order.id), totalCents: order.total.amountCents };
  }

  function paymentEvent(
    id: string,
    order: { number: string; totalCents: number },
    change: { amountCents?: number; currency?: string } = {},
  ) {
    return JSON.stringify({
      id,
      type: 'payment.succeeded',
      data: {
        orderNumber: order.number,
        amountCents: change.amountCents ?? order.totalCents,
        currency: change.currency ?? 'EUR',
        method: 'CREDIT_CARD',
        reference: `ch_${id}`,
      },
    });
  }

  async function post(path: string, body: string, headers: Record<string, string>) {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    return { status: res.status, headers: res.headers, json: (text ? JSON.parse(text) : null) as Record<string, unknown> | null };
  }

  async function graphql(query: string, variables: Record<string, unknown>, token?: string) {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    return post('/graphql', JSON.stringify({ query, variables }), headers);
  }

  const RUN_LIFECYCLE = `mutation($input: RunLifecycleInput!) { runLifecycle(input: $input) { __typename
    ... on RunLifecycleSuccess { dryRun cancelled documentsDeleted statusChanges }
    ... on UserError { code field } } }`;

  type Snapshot = Awaited<ReturnType<typeof state>>;
  const rows: { attack: string; run: () => Promise<void>; recorded?: (before: Snapshot, after: Snapshot) => void }[] = [
    {
      attack: 'a payment.succeeded forged with the development secret gets 401',
      run: async () => {
        const order = orders.forged;
        const body = paymentEvent('evt-forged', order);
        const res = await post('/webhooks/payments', body, webhookHeaders(DEV_WEBHOOK_SECRETS.PAYMENT_WEBHOOK_SECRET, body));
        expect(res.status).toBe(401);
        expect((await app.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('AWAITING_PAYMENT');
      },
    },
    {
      attack: 'an SDI invoice forged with the development secret gets 401',
      run: async () => {
        const body = JSON.stringify({
          eventId: 'evt-sdi-forged',
          type: 'invoice.received',
          data: { serviceId, number: 'FORGED-1', contentBase64: b64(10) },
        });
        const res = await post('/webhooks/sdi', body, webhookHeaders(DEV_WEBHOOK_SECRETS.SDI_WEBHOOK_SECRET, body));
        expect(res.status).toBe(401);
      },
    },
    {
      attack: 'a correctly signed event with a timestamp 6 minutes old (a replay) gets 401',
      run: async () => {
        const order = orders.stale;
        const body = paymentEvent('evt-stale', order);
        const headers = webhookHeaders(secrets.PAYMENT_WEBHOOK_SECRET, body, { timestamp: new Date(Date.now() - 6 * 60_000) });
        const res = await post('/webhooks/payments', body, headers);
        expect(res.status).toBe(401);
        expect(res.json).toMatchObject({ reason: 'timestamp outside the 5-minute tolerance' });
      },
    },
    {
      attack: 'a signed body with a changed amount (signature of the original) gets 401',
      run: async () => {
        const order = orders.tampered;
        const body = paymentEvent('evt-tampered', order);
        const headers = webhookHeaders(secrets.PAYMENT_WEBHOOK_SECRET, body);
        const res = await post('/webhooks/payments', body.replace(`"amountCents":${String(order.totalCents)}`, '"amountCents":1'), headers);
        expect(res.status).toBe(401);
      },
    },
    {
      attack: 'a success in USD is recorded and alerts the operator, never applied',
      run: async () => {
        const order = orders.usd;
        const body = paymentEvent('evt-usd', order, { currency: 'USD' });
        const res = await post('/webhooks/payments', body, webhookHeaders(secrets.PAYMENT_WEBHOOK_SECRET, body));
        expect(res).toMatchObject({ status: 200, json: { applied: false, ignored: 'CURRENCY_MISMATCH' } });
        expect((await app.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('AWAITING_PAYMENT');
      },
      recorded: (before, after) => {
        expect(after.webhookEvents).toBe(before.webhookEvents + 1);
        expect(after.audit.slice(before.audit.length).map((a) => a.action)).toEqual(['PAYMENT_MISMATCH', 'OPERATOR_ALERT']);
        expect(after.notifications.slice(before.notifications.length)).toEqual([{ toEmail: OPERATOR_EMAIL, kind: 'OPERATOR_ALERT' }]);
      },
    },
    {
      attack: 'a success for another amount is recorded and alerts the operator, never applied',
      run: async () => {
        const order = orders.amount;
        const body = paymentEvent('evt-amount', order, { amountCents: 1 });
        const res = await post('/webhooks/payments', body, webhookHeaders(secrets.PAYMENT_WEBHOOK_SECRET, body));
        expect(res).toMatchObject({ status: 200, json: { applied: false, ignored: 'AMOUNT_MISMATCH' } });
        expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/^operator_alerts_total\{kind="PAYMENT_MISMATCH"\} [1-9]/m);
      },
      recorded: (before, after) => {
        expect(after.webhookEvents).toBe(before.webhookEvents + 1);
        expect(after.audit.slice(before.audit.length)).toEqual([
          expect.objectContaining({ action: 'PAYMENT_MISMATCH', data: expect.objectContaining({ amountCents: 1 }) as unknown }),
          expect.objectContaining({ action: 'OPERATOR_ALERT', data: expect.objectContaining({ kind: 'PAYMENT_MISMATCH' }) as unknown }),
        ]);
        expect(after.notifications.slice(before.notifications.length)).toEqual([{ toEmail: OPERATOR_EMAIL, kind: 'OPERATOR_ALERT' }]);
      },
    },
    {
      attack: 'a success for a cancelled order is not applied: a refund is requested through the gateway and the operator alerted',
      run: async () => {
        const order = orders.cancelled;
        const body = paymentEvent('evt-cancelled', order);
        const res = await post('/webhooks/payments', body, webhookHeaders(secrets.PAYMENT_WEBHOOK_SECRET, body));
        const replay = await post('/webhooks/payments', body, webhookHeaders(secrets.PAYMENT_WEBHOOK_SECRET, body));
        expect(res).toMatchObject({ status: 200, json: { applied: false, ignored: 'ORDER_NOT_PAYABLE', refundRequested: true } });
        expect(replay).toMatchObject({ status: 200, json: { duplicate: true } });
        const gateway = gatewayFor(app.deps);
        if (!(gateway instanceof SandboxGateway)) throw new Error('expected the sandbox gateway');
        expect(gateway.refunds.filter((r) => r.orderNumber === order.number)).toEqual([
          expect.objectContaining({
            paymentReference: 'ch_evt-cancelled',
            amountCents: order.totalCents,
            currency: 'EUR',
            reason: 'ORDER_CANCELLED',
          }),
        ]);
        expect((await app.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('CANCELLED');
      },
      recorded: (before, after) => {
        expect(after.webhookEvents).toBe(before.webhookEvents + 1);
        expect(after.audit.slice(before.audit.length).map((a) => a.action)).toEqual(['REFUND_REQUESTED', 'OPERATOR_ALERT']);
        expect(after.notifications.slice(before.notifications.length)).toEqual([{ toEmail: OPERATOR_EMAIL, kind: 'OPERATOR_ALERT' }]);
      },
    },
    {
      attack: 'form-encoded, multipart and text/plain POSTs of a mutation get 415 and execute nothing',
      run: async () => {
        const username = holder.account.username;
        const query = `mutation { login(input: { username: "${username}", password: "${PASSWORD}" }) { __typename } }`;
        const form = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ query }).toString(),
        });
        const multipart = new FormData();
        multipart.set('operations', JSON.stringify({ query }));
        multipart.set('map', '{}');
        const parts = await fetch(`${base}/graphql`, { method: 'POST', body: multipart });
        const text = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ query }),
        });
        expect([form.status, parts.status, text.status]).toEqual([415, 415, 415]);
        expect(await form.json()).toMatchObject({ errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
      },
    },
    {
      attack: 'a foreign Origin gets no CORS headers (neither echoed nor with credentials); the allowed one gets no credentials',
      run: async () => {
        const query = JSON.stringify({ query: '{ __typename }' });
        const foreign = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
          body: query,
        });
        const preflight = await fetch(`${base}/graphql`, {
          method: 'OPTIONS',
          headers: {
            origin: 'https://evil.example',
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization',
          },
        });
        const allowed = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: ALLOWED_ORIGIN },
          body: query,
        });
        for (const res of [foreign, preflight]) {
          expect(res.headers.get('access-control-allow-origin')).toBeNull();
          expect(res.headers.get('access-control-allow-credentials')).toBeNull();
        }
        expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
        expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      },
    },
    {
      attack: 'introspection is refused and GraphiQL is not served in production',
      run: async () => {
        const schemaQuery = await graphql('{ __schema { types { name } } }', {});
        const typeQuery = await graphql('{ __type(name: "Service") { fields { name } } }', {});
        const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
        for (const res of [schemaQuery, typeQuery]) {
          const errors = (res.json?.errors ?? []) as { message: string; extensions?: { code?: string } }[];
          expect(errors.length).toBeGreaterThan(0);
          expect(
            errors.every(
              (e) => e.message.includes('introspection has been disabled') && e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED',
            ),
          ).toBe(true);
          expect(res.json?.data).toBeUndefined();
        }
        expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
        expect(await graphql('{ __typename }', {})).toMatchObject({ status: 200, json: { data: { __typename: 'Query' } } });
      },
    },
    {
      attack: 'runLifecycle as of 9999-12-31 is refused (ClockOverrideNotAllowed) without a test clock',
      run: async () => {
        const res = await graphql(RUN_LIFECYCLE, { input: { now: '9999-12-31T00:00:00.000Z' } }, operatorToken);
        const soon = await graphql(RUN_LIFECYCLE, { input: { now: addDays(app.now(), 2).toISOString(), dryRun: true } }, operatorToken);
        for (const r of [res, soon]) {
          expect(r.json).toMatchObject({
            data: { runLifecycle: { __typename: 'ClockOverrideNotAllowed', code: 'CLOCK_OVERRIDE_NOT_ALLOWED', field: ['input', 'now'] } },
          });
        }
      },
    },
    {
      attack: 'runLifecycle with dryRun reports the cancellation and deletions a real run would do, and changes nothing',
      run: async () => {
        const res = await graphql(RUN_LIFECYCLE, { input: { now: app.now().toISOString(), dryRun: true } }, operatorToken);
        expect(res.json).toMatchObject({
          data: { runLifecycle: { __typename: 'RunLifecycleSuccess', dryRun: true, cancelled: 1, documentsDeleted: 1 } },
        });
        const expired = await app.prisma.service.findUniqueOrThrow({ where: { id: expiredServiceId } });
        expect(expired.cancelledAt).toBeNull();
        expect(await app.prisma.document.count({ where: { serviceId: expiredServiceId } })).toBe(1);
      },
    },
    {
      attack: '/readyz answers 503 naming a migration that is not applied',
      run: async () => {
        const [last] = await app.prisma.$queryRaw<{ id: string; migration_name: string }[]>`
          SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
        if (!last) throw new Error('no migrations applied');
        await app.prisma.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = ${last.id}`;
        try {
          const res = await fetch(`${base}/readyz`);
          expect(res.status).toBe(503);
          expect(await res.json()).toMatchObject({
            status: 'unavailable',
            reason: 'migrations not applied',
            missing: [last.migration_name],
          });
        } finally {
          await app.prisma.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = ${last.id}`;
        }
        expect((await fetch(`${base}/readyz`)).status).toBe(200);
      },
    },
  ];

  it.each(rows)('$attack, and changes nothing else', async ({ run, recorded }) => {
    // given
    const before = await state();
    // when, then
    await run();
    const after = await state();
    if (recorded) {
      // What the attack may add: the delivery, the audit record and the operator alert; nothing else.
      recorded(before, after);
      const { webhookEvents: _w, audit: _a, notifications: _n, ...rest } = after;
      const { webhookEvents: _wb, audit: _ab, notifications: _nb, ...restBefore } = before;
      expect(rest).toEqual(restBefore);
    } else {
      expect(after).toEqual(before);
    }
  });

  it('a payment signed with the previous secret (during a rotation) is applied; one with an unknown secret is not', async () => {
    // given
    const order = orders.rotated;
    const body = paymentEvent('evt-rotated', order);
    // when
    const unknown = await post('/webhooks/payments', body, webhookHeaders(randomWebhookSecret(), body));
    const rotated = await post('/webhooks/payments', body, webhookHeaders(secrets.PAYMENT_WEBHOOK_SECRET_PREVIOUS, body));
    // then
    expect(unknown.status).toBe(401);
    expect(rotated).toMatchObject({ status: 200, json: { applied: true, orderStatus: 'PAID' } });
    expect(await app.prisma.payment.count({ where: { orderId: order.id, status: 'SUCCEEDED' } })).toBe(1);
  });
});

function b64(bytes: number, seed = 'x'): string {
  return Buffer.alloc(bytes, seed).toString('base64');
}
