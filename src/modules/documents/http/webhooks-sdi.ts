// POST /webhooks/sdi: invoices received from the exchange system (SDI), R14.
// HMAC-SHA256 of the raw body with SDI_WEBHOOK_SECRET in `x-signature` (hex);
// dedup by event id (WebhookEvent) and idempotent by SDI id (a replayed event
// stores nothing twice). Tampered -> 401, malformed -> 400.
import { z } from 'zod';
import { systemScope, type AppDeps } from '../../../shared/scope.js';
import { UserError } from '../../../shared/errors.js';
import { receiveInvoice } from '../document.service.js';
import { readSignedEvent, type WebhookOutcome } from '../../../shared/http/signed-events.js';
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

export async function handleSdiWebhook(deps: AppDeps, raw: Buffer, signature: string | undefined): Promise<WebhookOutcome> {
  const read = readSignedEvent(deps.config.SDI_WEBHOOK_SECRET, raw, signature, eventSchema);
  if ('outcome' in read) return read.outcome;
  const { event } = read;
  const prisma = deps.db.prisma;
  const seen = await prisma.webhookEvent.findUnique({ where: { source_eventId: { source: 'sdi', eventId: event.eventId } } });
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
          eventId: event.eventId,
          receivedAt: now,
          payload: { type: event.type, serviceId: service.id, number: event.data.number, sdiId: event.data.sdiId ?? null },
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
  const header = req.headers['x-signature'];
  const outcome = await handleSdiWebhook(deps, raw, Array.isArray(header) ? header[0] : header);
  sendJson(res, outcome.status, outcome.body);
});
