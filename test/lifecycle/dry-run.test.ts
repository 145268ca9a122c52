// runLifecycle as an operator: a dry run reports exactly what a real run then
// does and changes nothing; the clock guard; real runs are audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { addDays, createHolder, createOperator, createService } from '../support/factories.js';

const RUN = `mutation($input: RunLifecycleInput!) { runLifecycle(input: $input) { __typename
  ... on RunLifecycleSuccess { dryRun servicesExamined statusChanges enteredGrace cancelled documentsDeleted autoRenewCharges notificationsQueued }
  ... on UserError { code field } } }`;

interface RunPayload {
  runLifecycle: Record<string, unknown>;
}

describe('runLifecycle: dry run, clock guard, audit (R6)', () => {
  let app: TestApp;
  let operatorToken: string;
  beforeAll(async () => {
    app = await createTestApp();
    operatorToken = (await createOperator(app.prisma)).token;
  });
  afterAll(() => app.close());

  async function snapshot() {
    const p = app.prisma;
    return {
      services: await p.service.findMany({ orderBy: { id: 'asc' } }),
      documents: await p.document.count(),
      notifications: await p.notification.count(),
      orders: await p.order.count(),
      audit: await p.auditLog.count(),
      runs: await p.lifecycleRun.count(),
    };
  }

  it('R6: a dry run reports what the real run then does (grace, cancellation, deletions, notices), and changes nothing', async () => {
    // given: one service past its grace period with documents, one just expired
    const { account } = await createHolder(app.prisma);
    await createService(app.prisma, account.id, { now: app.now(), expiresInDays: -100, usedBytes: 3_000 });
    await createService(app.prisma, account.id, { now: app.now(), expiresInDays: -1 });
    const before = await snapshot();
    // when
    const dry = await app.exec<RunPayload, Record<string, unknown>>(
      RUN,
      { input: { now: app.now().toISOString(), dryRun: true } },
      { token: operatorToken },
    );
    const afterDry = await snapshot();
    const real = await app.exec<RunPayload, Record<string, unknown>>(
      RUN,
      { input: { now: app.now().toISOString() } },
      { token: operatorToken },
    );
    // then
    expect(afterDry).toEqual(before);
    expect(dry.data?.runLifecycle).toMatchObject({
      __typename: 'RunLifecycleSuccess',
      dryRun: true,
      cancelled: 1,
      documentsDeleted: 1,
      enteredGrace: 1,
    });
    expect(real.data?.runLifecycle).toEqual({ ...dry.data?.runLifecycle, dryRun: false });
    const audit = await app.prisma.auditLog.findFirst({ where: { action: 'LIFECYCLE_RUN' }, orderBy: { createdAt: 'desc' } });
    expect(audit).toMatchObject({ actorType: 'OPERATOR', data: expect.objectContaining({ cancelled: 1, documentsDeleted: 1 }) as unknown });
  });

  it('a now more than 24 hours from the clock is ClockOverrideNotAllowed; within 24 hours it runs', async () => {
    // given
    const before = await snapshot();
    // when
    const past = await app.exec<RunPayload, Record<string, unknown>>(
      RUN,
      { input: { now: addDays(app.now(), -2).toISOString(), dryRun: true } },
      { token: operatorToken },
    );
    const near = await app.exec<RunPayload, Record<string, unknown>>(
      RUN,
      { input: { now: new Date(app.now().getTime() + 23 * 3_600_000).toISOString(), dryRun: true } },
      { token: operatorToken },
    );
    // then
    expect(past.data?.runLifecycle).toEqual({
      __typename: 'ClockOverrideNotAllowed',
      code: 'CLOCK_OVERRIDE_NOT_ALLOWED',
      field: ['input', 'now'],
    });
    expect(near.data?.runLifecycle).toMatchObject({ __typename: 'RunLifecycleSuccess', dryRun: true });
    expect(await snapshot()).toEqual(before);
  });

  it('with ALLOW_CLOCK_OVERRIDE=true (a test clock) any now is accepted', async () => {
    // given
    const testClock = await createTestApp({ env: { ALLOW_CLOCK_OVERRIDE: 'true' } });
    try {
      const token = (await createOperator(testClock.prisma)).token;
      // when
      const res = await testClock.exec<RunPayload, Record<string, unknown>>(
        RUN,
        { input: { now: '2030-01-01T00:00:00.000Z', dryRun: true } },
        { token },
      );
      // then
      expect(res.data?.runLifecycle).toMatchObject({ __typename: 'RunLifecycleSuccess', dryRun: true });
    } finally {
      await testClock.close();
    }
  });
});
