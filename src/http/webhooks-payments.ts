// POST /webhooks/payments: signed events of the payment provider (R24, R25).
import { addRoute } from './routes.js';
import { readBody, sendJson } from './util.js';
import { handlePaymentWebhook } from '../services/payment.service.js';

addRoute('POST', '/webhooks/payments', async (req, res, deps) => {
  const raw = await readBody(req, 65_536);
  const header = req.headers['x-signature'];
  const outcome = await handlePaymentWebhook(deps, raw, Array.isArray(header) ? header[0] : header);
  sendJson(res, outcome.status, outcome.body);
});
