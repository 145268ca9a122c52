// POST /webhooks/payments: events of the payment provider (R24, R25), signed
// in the Standard Webhooks form (webhook-id, webhook-timestamp, webhook-signature).
import { addRoute } from '../../../shared/http/routes.js';
import { readBody, sendJson } from '../../../shared/http/util.js';
import { handlePaymentWebhook } from '../payment.service.js';

addRoute('POST', '/webhooks/payments', async (req, res, deps) => {
  const raw = await readBody(req, 65_536);
  const outcome = await handlePaymentWebhook(deps, raw, req.headers);
  sendJson(res, outcome.status, outcome.body);
});
