// POST /webhooks/payments: signed events of the payment provider (R24, R25).
import { addRoute } from '../../../shared/http/routes.js';
import { readBody, sendJson } from '../../../shared/http/util.js';
import { handlePaymentWebhook } from '../payment.service.js';

addRoute('POST', '/webhooks/payments', async (req, res, deps) => {
  const raw = await readBody(req, 65_536);
  const header = req.headers['x-signature'];
  const outcome = await handlePaymentWebhook(deps, raw, Array.isArray(header) ? header[0] : header);
  sendJson(res, outcome.status, outcome.body);
});
