// POST /webhooks/sdi: invoices received from the exchange system (SDI), R14.
// Signed in the Standard Webhooks form with SDI_WEBHOOK_SECRET (or, while
// rotating, SDI_WEBHOOK_SECRET_PREVIOUS); dedup by message id (`webhook-id`,
// WebhookEvent) and idempotent by SDI id (a replayed event stores nothing
// twice). Tampered or stale -> 401, malformed -> 400.
import { z } from 'zod';
import { systemScope, type AppDeps } from '../../../shared/scope.js';
import { UserError } from '../../../shared/errors.js';
import { receiveInvoice } from '../document.service.js';
import { acceptedSecrets, readSignedEvent, type HeaderBag, type WebhookOutcome } from '../../../shared/http/signed-events.js';
import { addRoute } from '../../../shared/http/routes.js';
import { readBody, sendJson } from '../../../shared/http/util.js';
import { limitsOf } from '../../../shared/limits.js';

const eventSchema = z.object({
  eventId: z.string().trim().min(1).max(200),
  type: z.literal('invoice.received'),
  data: z
    .object({
      /** Database id of the receiving service, or its panel username. */
      serviceId: z.string().trim().min(1).max(200).optional(),
      serviceUsername: z.string().trim().min(1).max(200).optional(),
      number: z.string().trim().min(1).max(100),
      contentBase64: z.string().min(1).max(20_000_000),
      sdiId: z.string().trim().min(1).max(200).optional(),
    })
    .refine((d) => d.serviceId !== undefined || d.serviceUsername !== undefined, { message: 'serviceId or serviceUsername is required' }),
});

export async function handleSdiWebhook(deps: AppDeps, raw: Buffer, headers: HeaderBag): Promise<WebhookOutcome> {
  const secrets = acceptedSecrets(deps.config.SDI_WEBHOOK_SECRET, deps.config.SDI_WEBHOOK_SECRET_PREVIOUS);
  const read = readSignedEvent(secrets, raw, headers, eventSchema);
  if ('outcome' in read) return read.outcome;
  const { event, messageId } = read;
  const prisma = deps.db.prisma;
  const seen = await prisma.webhookEvent.findUnique({ where: { source_eventId: { source: 'sdi', eventId: messageId } } });
  if (seen) return { status: 200, body: { status: 'duplicate' } };
  const service = await prisma.service.findFirst({
    where: event.data.serviceId !== undefined ? { id: event.data.serviceId } : { username: event.data.serviceUsername ?? '' },
    select: { id: true },
  });
  if (!service) return { status: 422, body: { error: 'unknown service' } };
  const scope = systemScope(deps, 'SDI');
  const { now } = scope;
  try {
    const out = await receiveInvoice(scope, {
      serviceId: service.id,
      number: event.data.number,
      contentBase64: event.data.contentBase64,
      sdiId: event.data.sdiId ?? `event:${event.eventId}`,
    });
    await prisma.webhookEvent.createMany({
      data: [
        {
          source: 'sdi',
          eventId: messageId,
          receivedAt: now,
          payload: {
            type: event.type,
            eventId: event.eventId,
            serviceId: service.id,
            number: event.data.number,
            sdiId: event.data.sdiId ?? null,
          },
        },
      ],
      skipDuplicates: true,
    });
    return { status: 200, body: { status: out.duplicate ? 'duplicate' : 'stored', documentId: out.document.id } };
  } catch (err) {
    if (err instanceof UserError)
      return { status: err.code === 'INVALID_INPUT' ? 400 : 409, body: { error: err.code, message: err.localized('en') } };
    throw err;
  }
}

addRoute('POST', '/webhooks/sdi', async (req, res, deps) => {
  // A document of the policy's maximum size in base64 (about 14 MB) and the event around it.
  const raw = await readBody(req, limitsOf(deps.config).maxUploadBodyBytes);
  const outcome = await handleSdiWebhook(deps, raw, req.headers);
  sendJson(res, outcome.status, outcome.body);
});
