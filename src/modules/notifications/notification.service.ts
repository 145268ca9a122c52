// Notifications outbox: queueing is idempotent by dedupKey; the sender claims
// rows with a lease (lockedUntil, FOR UPDATE SKIP LOCKED) so two instances never
// send the same row, retries with exponential backoff and marks FAILED after
// `maxAttempts`. Rows are never deleted.
import type { Transporter } from 'nodemailer';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import type { AppDeps, Scope } from '../../shared/scope.js';
import { NOTIFICATION_EVENTS, recordEvents } from '../../shared/events.js';

type Db = PrismaClient | Prisma.TransactionClient;

export interface QueuedNotification {
  dedupKey: string;
  kind: string;
  serviceId: string | null;
  accountId: string | null;
  toEmail: string;
  locale: string;
  subject: string;
  text: string;
}

/** Inserts notifications, skipping those whose dedupKey already exists; returns how many are new. */
export async function queueNotifications(db: Db, list: readonly QueuedNotification[], now: Date): Promise<number> {
  if (list.length === 0) return 0;
  const { count } = await db.notification.createMany({
    data: list.map((n) => ({ ...n, createdAt: now, nextAttemptAt: now })),
    skipDuplicates: true,
  });
  // The lifecycle's notifications are also domain events (same transaction, same dedup).
  const events = list.flatMap((n) => {
    const type = NOTIFICATION_EVENTS[n.kind];
    return type ? [{ dedupKey: `notification:${n.dedupKey}`, type, serviceId: n.serviceId }] : [];
  });
  await recordEvents(db, events, now);
  return count;
}

/** Anything able to deliver one email (nodemailer transporter or a test double). */
export interface MailSender {
  sendMail(mail: { from: string; to: string; subject: string; text: string; headers?: Record<string, string> }): Promise<unknown>;
}

export interface SendOptions {
  now: Date;
  from: string;
  batchSize?: number;
  /** How long a claimed row stays reserved for this sender. */
  leaseMs?: number;
  maxAttempts?: number;
  /** Backoff base; attempt n waits base * 2^(n-1). */
  backoffMs?: number;
}

export interface SendResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

interface ClaimedRow {
  id: string;
  toEmail: string;
  subject: string;
  text: string;
  attempts: number;
  dedupKey: string;
  lockedUntil: Date;
}

/** Claims due rows with a lease; concurrent senders skip each other's rows. */
async function claim(prisma: PrismaClient, now: Date, limit: number, leaseMs: number): Promise<ClaimedRow[]> {
  const until = new Date(now.getTime() + leaseMs);
  return prisma.$queryRaw<ClaimedRow[]>`
    UPDATE "Notification" n SET "lockedUntil" = ${until}, "attempts" = n."attempts" + 1
    WHERE n."id" IN (
      SELECT "id" FROM "Notification"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "nextAttemptAt", "createdAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING n."id", n."toEmail", n."subject", n."text", n."attempts", n."dedupKey", n."lockedUntil"`;
}

/** Sends one batch of due notifications. */
export async function sendPendingNotifications(
  scope: Pick<Scope, 'prisma'>,
  input: SendOptions & { sender: MailSender },
): Promise<SendResult> {
  const { prisma } = scope;
  const { now, from, sender } = input;
  const opts = input;
  const leaseMs = opts.leaseMs ?? 5 * 60_000;
  const maxAttempts = opts.maxAttempts ?? 5;
  const backoffMs = opts.backoffMs ?? 60_000;
  const rows = await claim(prisma, now, opts.batchSize ?? 50, leaseMs);
  const result: SendResult = { claimed: rows.length, sent: 0, retried: 0, failed: 0 };
  for (const row of rows) {
    try {
      await sender.sendMail({
        from,
        to: row.toEmail,
        subject: row.subject,
        text: row.text,
        headers: { 'X-Notification-Key': row.dedupKey },
      });
      // Fenced by the lease: only the holder of this lease records the outcome.
      await prisma.notification.updateMany({
        where: { id: row.id, lockedUntil: row.lockedUntil, status: 'PENDING' },
        data: { status: 'SENT', sentAt: now, lockedUntil: null, lastError: null },
      });
      result.sent += 1;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const exhausted = row.attempts >= maxAttempts;
      await prisma.notification.updateMany({
        where: { id: row.id, lockedUntil: row.lockedUntil, status: 'PENDING' },
        data: exhausted
          ? { status: 'FAILED', lockedUntil: null, lastError: message.slice(0, 1000) }
          : {
              lockedUntil: null,
              lastError: message.slice(0, 1000),
              nextAttemptAt: new Date(now.getTime() + backoffMs * 2 ** (row.attempts - 1)),
            },
      });
      if (exhausted) result.failed += 1;
      else result.retried += 1;
    }
  }
  return result;
}

const transports = new WeakMap<AppDeps['config'], MailSender>();

/** SMTP through nodemailer when SMTP_URL is set; otherwise a sender that logs the email. */
export function mailSenderFor(deps: AppDeps): MailSender {
  const cached = transports.get(deps.config);
  if (cached) return cached;
  let sender: MailSender;
  const smtpUrl = deps.config.SMTP_URL;
  if (smtpUrl) {
    // nodemailer is loaded with the first email, not at start.
    let transporter: Promise<Transporter> | null = null;
    sender = {
      sendMail: async (mail) => {
        transporter ??= import('nodemailer').then((m) => m.default.createTransport(smtpUrl));
        await (await transporter).sendMail(mail);
      },
    };
  } else {
    sender = {
      sendMail: (mail) => {
        deps.log.info({ to: mail.to, subject: mail.subject }, 'email (no SMTP_URL configured: logged, not sent)');
        return Promise.resolve();
      },
    };
  }
  transports.set(deps.config, sender);
  return sender;
}
