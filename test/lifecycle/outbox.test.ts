import { defined } from '../support/factories.js';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueNotifications, sendPendingNotifications, type MailSender } from '../../src/modules/notifications/notification.service.js';
import { renderEmail } from '../../src/modules/notifications/templates.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { jobs } from '../../src/shared/jobs.js';
import '../../src/jobs/index.js';

const NOW = new Date('2026-06-15T10:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('notification outbox sender', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ now: NOW });
  });
  afterAll(() => app.close());

  let seq = 0;
  const queue = async (n: number) => {
    const keys = Array.from({ length: n }, () => `TEST:${seq++}`);
    await queueNotifications(
      app.prisma,
      keys.map((dedupKey) => ({
        dedupKey,
        kind: 'TEST',
        serviceId: null,
        accountId: null,
        toEmail: `${dedupKey.replace(':', '-')}@example.com`,
        locale: 'en',
        subject: `S ${dedupKey}`,
        text: 'T',
      })),
      NOW,
    );
    return keys;
  };
  const byKeys = (keys: string[]) => app.prisma.notification.findMany({ where: { dedupKey: { in: keys } }, orderBy: { dedupKey: 'asc' } });

  it('delivers pending notifications through a nodemailer transport once, and queueing the same key twice adds nothing', async () => {
    // given
    const keys = await queue(3);
    await queue(0);
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sent: string[] = [];
    const sender: MailSender = {
      sendMail: async (m) => {
        sent.push(m.to);
        return transport.sendMail(m);
      },
    };
    // when: sent, then the sender runs again
    const first = await sendPendingNotifications(app, { sender, now: NOW, from: 'noreply@example.com' });
    const second = await sendPendingNotifications(app, { sender, now: later(1000), from: 'noreply@example.com' });
    // then
    expect(first.sent).toBeGreaterThanOrEqual(3);
    expect(second.claimed).toBe(0);
    expect((await byKeys(keys)).map((n) => [n.status, n.attempts, n.sentAt?.toISOString()])).toEqual(
      keys.map(() => ['SENT', 1, NOW.toISOString()]),
    );
    expect(new Set(sent).size).toBe(sent.length);
    const again = await queueNotifications(
      app.prisma,
      [
        {
          dedupKey: defined(keys[0]),
          kind: 'TEST',
          serviceId: null,
          accountId: null,
          toEmail: 'x@example.com',
          locale: 'en',
          subject: 's',
          text: 't',
        },
      ],
      NOW,
    );
    expect(again).toBe(0);
  });

  it('two concurrent senders never send the same row', async () => {
    // given: 20 due rows, and a transport that holds every delivery until all
    // three senders have claimed their batch (so the claims surely overlap)
    const keys = await queue(20);
    const sent: string[] = [];
    const senders = new Set<string>();
    let allClaimed: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (allClaimed = resolve));
    const held: MailSender = {
      sendMail: async (m) => {
        sent.push(m.to);
        senders.add(m.from);
        if (senders.size === 3) allClaimed();
        await gate;
      },
    };
    // when
    await Promise.all([
      sendPendingNotifications(app, { sender: held, now: later(2000), from: 'a@example.com', batchSize: 7 }),
      sendPendingNotifications(app, { sender: held, now: later(2000), from: 'b@example.com', batchSize: 7 }),
      sendPendingNotifications(app, { sender: held, now: later(2000), from: 'c@example.com', batchSize: 7 }),
    ]);
    // then
    expect(new Set(sent).size).toBe(sent.length);
    expect((await byKeys(keys)).every((n) => n.status === 'SENT' && n.attempts === 1)).toBe(true);
  });

  it('retries a failing delivery with backoff and marks it FAILED after the maximum attempts, keeping the row', async () => {
    // given
    const [key] = await queue(1);
    const failing: MailSender = { sendMail: () => Promise.reject(new Error('SMTP 451 try later')) };
    const opts = { from: 'noreply@example.com', maxAttempts: 3, backoffMs: 1000 };
    // when: first attempt fails
    await sendPendingNotifications(app, { sender: failing, ...opts, now: later(10_000) });
    // then: retried after the backoff, not before
    let [row] = await byKeys([defined(key)]);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'SMTP 451 try later', lockedUntil: null });
    expect(row?.nextAttemptAt).toEqual(later(11_000));
    expect((await sendPendingNotifications(app, { sender: failing, ...opts, now: later(10_500) })).claimed).toBe(0);
    // when: attempts 2 and 3
    await sendPendingNotifications(app, { sender: failing, ...opts, now: later(11_000) });
    await sendPendingNotifications(app, { sender: failing, ...opts, now: later(20_000) });
    // then
    [row] = await byKeys([defined(key)]);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect((await sendPendingNotifications(app, { sender: failing, ...opts, now: later(100_000) })).claimed).toBe(0);
  });

  it('a row whose lease expired (crashed sender) is claimed again, never lost', async () => {
    // given: a sender claims and crashes before recording the outcome (its
    // delivery never returns); go on once it has claimed the row
    const [key] = await queue(1);
    let claimed: () => void = () => undefined;
    const delivering = new Promise<void>((resolve) => (claimed = resolve));
    const crash: MailSender = {
      sendMail: () => {
        claimed();
        return new Promise(() => undefined);
      },
    };
    void sendPendingNotifications(app, { sender: crash, now: later(200_000), from: 'x@example.com', leaseMs: 60_000 });
    await delivering;
    const ok: MailSender = { sendMail: () => Promise.resolve() };
    // when: another sender runs within the lease, then after it
    const within = await sendPendingNotifications(app, { sender: ok, now: later(230_000), from: 'x@example.com' });
    const after = await sendPendingNotifications(app, { sender: ok, now: later(261_000), from: 'x@example.com' });
    // then
    expect(within.claimed).toBe(0);
    expect(after.sent).toBe(1);
    expect((await byKeys([defined(key)]))[0]).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('renders templates in Italian and English', () => {
    // given
    const vars = { holderName: 'Mario Rossi', serviceUsername: 'fe-1', expiresAt: '2026-07-01', graceEndsAt: '2026-09-29', days: 7 };
    // when
    const it = renderEmail('DELETION_NOTICE', 'it', vars);
    const en = renderEmail('DELETION_NOTICE', 'en', vars);
    // then
    expect(it.subject).toBe('fe-1: i documenti saranno cancellati tra 7 giorni');
    expect(en.subject).toBe('fe-1: documents will be deleted in 7 days');
    expect(it.text).toContain('Gentile Mario Rossi');
    expect(en.text).toContain('2026-09-29');
  });

  it('R3, R6: the server registers the lifecycle scheduler (LIFECYCLE_INTERVAL_SECONDS) and the outbox sender (OUTBOX_INTERVAL_SECONDS)', () => {
    // given: the job modules imported by src/server.ts
    const byName = new Map(jobs.map((j) => [j.name, j]));
    // when: intervals for the test configuration (0 disables) and for one hour
    const disabled = { ...app.deps, config: { ...app.deps.config, LIFECYCLE_INTERVAL_SECONDS: 0 } };
    const hourly = { ...app.deps, config: { ...app.deps.config, LIFECYCLE_INTERVAL_SECONDS: 3600, OUTBOX_INTERVAL_SECONDS: 30 } };
    // then
    expect(byName.get('lifecycle')?.intervalMs(disabled)).toBe(0);
    expect(byName.get('lifecycle')?.intervalMs(hourly)).toBe(3_600_000);
    expect(byName.get('outbox')?.intervalMs(hourly)).toBe(30_000);
    expect(byName.get('outbox')?.intervalMs({ ...app.deps, config: { ...app.deps.config, OUTBOX_INTERVAL_SECONDS: 0 } })).toBe(0);
  });
});
