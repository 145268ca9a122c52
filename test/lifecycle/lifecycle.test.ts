import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { runLifecycle } from '../../src/modules/subscriptions/lifecycle.service.js';
import { reconcileStorage } from '../../src/modules/subscriptions/storage.service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { addDays, createHolder, createOperator, createService, startOfUtcDay } from '../support/factories.js';

const RunLifecycle = graphql(`
  mutation LcRun($input: RunLifecycleInput!) {
    runLifecycle(input: $input) {
      __typename
      ... on RunLifecycleSuccess {
        asOf
        servicesExamined
        statusChanges
        enteredGrace
        cancelled
        documentsDeleted
        notificationsQueued
      }
    }
  }
`);

const POLICY = { bytesPerGb: 10_000 };
const BASE = new Date('2026-06-15T10:00:00.000Z');
const TODAY = startOfUtcDay(BASE);
/** A time of day on `days` after today. */
const at = (days: number) => new Date(addDays(TODAY, days).getTime() + 9 * 3_600_000);

describe('lifecycle: grace, cancellation, notifications (R6, R10, R13)', () => {
  let app: TestApp;
  let operatorToken: string;
  beforeAll(async () => {
    app = await createTestApp({ now: BASE, policy: POLICY });
    operatorToken = (await createOperator(app.prisma)).token;
  });
  afterAll(() => app.close());

  const notifications = (serviceId: string) => app.prisma.notification.findMany({ where: { serviceId }, orderBy: { createdAt: 'asc' } });
  const run = (now: Date) => runLifecycle(app.scope(null, 'lifecycle'), { now: now });

  it('R6: the day before expiry nothing changes; on the expiry day (day 0 of grace) the service enters grace and the holder is told', async () => {
    // given: a service expiring in 30 days, holder in Italian
    const { account } = await createHolder(app.prisma);
    await app.prisma.holder.update({ where: { accountId: account.id }, data: { locale: 'it' } });
    const service = await createService(app.prisma, account.id, { now: BASE, expiresInDays: 30 });
    // when: the day before expiry
    await run(at(29));
    // then
    let row = await app.prisma.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(row.recordedReasons).toEqual([]);
    expect((await notifications(service.id)).map((n) => n.kind)).toEqual(['EXPIRY_WARNING']);
    // when: on the expiry day
    await run(at(30));
    // then
    row = await app.prisma.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(row.recordedStatus).toBe('SUSPENDED');
    expect(row.recordedReasons).toEqual(['EXPIRED']);
    const grace = (await notifications(service.id)).find((n) => n.kind === 'GRACE_STARTED');
    expect(grace).toMatchObject({ locale: 'it', status: 'PENDING' });
    expect(grace?.toEmail).toContain('@example.com');
    expect(grace?.subject).toContain('è scaduto');
    expect(grace?.text).toContain(toIso(addDays(TODAY, 30 + 90)));
  });

  it('R6: on day 90 of grace the service is still suspended with its documents; on day 91 it is cancelled and its documents deleted', async () => {
    // given: a service that expired today with documents
    const { account } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: BASE, expiresInDays: 0, usedBytes: 2_500 });
    const blobShas = (await app.prisma.document.findMany({ where: { serviceId: service.id }, select: { contentSha256: true } })).map(
      (d) => d.contentSha256,
    );
    await run(at(0));
    // when: day 90
    await run(at(90));
    // then
    let row = await app.prisma.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(row).toMatchObject({ recordedStatus: 'SUSPENDED', cancelledAt: null, documentsDeletedAt: null });
    expect(await app.prisma.document.count({ where: { serviceId: service.id } })).toBe(1);
    // when: day 91
    const summary = await run(at(91));
    // then
    row = await app.prisma.service.findUniqueOrThrow({ where: { id: service.id } });
    expect(row.recordedStatus).toBe('CANCELLED');
    expect(row.cancelledAt).toEqual(at(91));
    expect(row.documentsDeletedAt).toEqual(at(91));
    expect(summary.cancelled).toBeGreaterThanOrEqual(1);
    expect(await app.prisma.document.count({ where: { serviceId: service.id } })).toBe(0);
    const counter = await app.prisma.storageCounter.findUniqueOrThrow({ where: { serviceId: service.id } });
    expect(Number(counter.usedBytes)).toBe(0);
    expect(await app.prisma.blob.count({ where: { sha256: { in: blobShas } } })).toBe(0);
    expect(await reconcileStorage(app, { serviceId: service.id })).toEqual([]);
    expect((await notifications(service.id)).map((n) => n.kind)).toContain('SERVICE_CANCELLED');
  });

  it('R6: deletion notices are queued 30, 7 and 1 days before deletion, once each', async () => {
    // given: a service that expired today
    const { account } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: BASE, expiresInDays: 0 });
    // when: every day of the grace period that matters, twice
    for (const day of [0, 61, 62, 84, 85, 90, 90]) await run(at(day));
    // then: deletion is on day 91
    const notices = (await notifications(service.id)).filter((n) => n.kind === 'DELETION_NOTICE');
    expect(notices.map((n) => n.dedupKey.split(':').at(-1))).toEqual(['30', '7', '1']);
  });

  it('R6: running the lifecycle twice for the same now changes nothing the second time', async () => {
    // given: a service in its grace period
    const { account } = await createHolder(app.prisma);
    const service = await createService(app.prisma, account.id, { now: BASE, expiresInDays: -5 });
    const first = await run(at(0));
    const before = await notifications(service.id);
    // when
    const second = await run(at(0));
    // then
    expect(first.enteredGrace).toBeGreaterThanOrEqual(1);
    expect(second).toMatchObject({ statusChanges: 0, enteredGrace: 0, cancelled: 0, notificationsQueued: 0, autoRenewCharges: 0 });
    expect(await notifications(service.id)).toEqual(before);
  });

  it('R6: two concurrent runs apply every transition and notification once', async () => {
    // given: several services past the grace period with documents
    const { account } = await createHolder(app.prisma);
    const services = [];
    for (let i = 0; i < 4; i++)
      services.push(await createService(app.prisma, account.id, { now: BASE, expiresInDays: -200, usedBytes: 1_000 + i }));
    // when
    const [a, b] = await Promise.all([run(at(0)), run(at(0))]);
    // then
    for (const s of services) {
      const row = await app.prisma.service.findUniqueOrThrow({ where: { id: s.id } });
      expect(row.recordedStatus).toBe('CANCELLED');
      expect(await app.prisma.document.count({ where: { serviceId: s.id } })).toBe(0);
      expect((await notifications(s.id)).filter((n) => n.kind === 'SERVICE_CANCELLED')).toHaveLength(1);
    }
    const ids = new Set(services.map((s) => s.id));
    expect(a.cancelled + b.cancelled).toBeGreaterThanOrEqual(ids.size);
    expect(await app.prisma.auditLog.count({ where: { action: 'SERVICE_CANCELLED', serviceId: { in: [...ids] } } })).toBe(ids.size);
  });

  it('R10, R13: storage warning above 80% and storage full are recorded and notified; the status returns to ACTIVE when space is freed', async () => {
    // given: one service at 85%, one at 100%
    const { account } = await createHolder(app.prisma);
    await app.prisma.holder.update({ where: { accountId: account.id }, data: { locale: 'en' } });
    const warn = await createService(app.prisma, account.id, { now: BASE, usedBytes: 8_500 });
    const full = await createService(app.prisma, account.id, { now: BASE, usedBytes: 10_000 });
    // when
    await run(at(0));
    // then
    expect((await notifications(warn.id)).map((n) => n.kind)).toEqual(['STORAGE_WARNING']);
    const fullNotes = await notifications(full.id);
    expect(fullNotes.map((n) => n.kind)).toEqual(['STORAGE_FULL']);
    expect(fullNotes[0]?.subject).toContain('restricted mode');
    expect(await app.prisma.service.findUniqueOrThrow({ where: { id: full.id } })).toMatchObject({
      recordedStatus: 'SUSPENDED',
      recordedReasons: ['STORAGE_FULL'],
    });
    // when: space is freed and the lifecycle runs again
    await app.prisma.document.deleteMany({ where: { serviceId: full.id } });
    await app.prisma.storageCounter.update({ where: { serviceId: full.id }, data: { usedBytes: 0n, invoicesReceivedBytes: 0n } });
    await run(at(1));
    // then
    expect(await app.prisma.service.findUniqueOrThrow({ where: { id: full.id } })).toMatchObject({
      recordedStatus: 'ACTIVE',
      recordedReasons: [],
    });
  });

  it('runLifecycle is an operator mutation; holders are refused', async () => {
    // given
    const { token } = await createHolder(app.prisma);
    // when
    const asOperator = await app.exec(RunLifecycle, { input: { now: at(0).toISOString() } }, { token: operatorToken });
    const asHolder = await app.exec(RunLifecycle, { input: { now: at(0).toISOString() } }, { token });
    // then
    expect(asOperator.data?.runLifecycle).toMatchObject({ __typename: 'RunLifecycleSuccess', asOf: at(0).toISOString(), statusChanges: 0 });
    expect(asHolder.data ?? null).toBeNull();
    expect(asHolder.errors).toEqual([
      expect.objectContaining({
        message: 'Not authorized to resolve Mutation.runLifecycle',
        path: ['runLifecycle'],
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
    expect(await app.prisma.lifecycleRun.count({ where: { asOf: at(0) } })).toBeGreaterThanOrEqual(1);
  });
});

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
