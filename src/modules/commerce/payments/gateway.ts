// The payment provider port (R24) and a deterministic local sandbox.
// The result of a charge never comes back from `charge`: it arrives later as a
// signed event on POST /webhooks/payments (the sandbox delivers it in-process,
// signed in the Standard Webhooks form).
import { randomUUID } from 'node:crypto';
import { signWebhook, type WebhookHeaders } from '../../../shared/http/signed-events.js';

export type GatewayMethod = 'CREDIT_CARD' | 'PAYPAL';

export interface ChargeRequest {
  orderId: string;
  orderNumber: string;
  amountCents: number;
  currency: string;
  method: GatewayMethod;
  /** Card token from the front end's card form; absent: the card saved for auto-renew. */
  cardToken?: string | undefined;
}

export interface ChargeAccepted {
  /** Provider reference of the charge; the webhook event carries it. */
  reference: string;
  status: 'PENDING';
}

/** A refund of a payment that must not stand (e.g. a success for an order cancelled meanwhile). */
export interface RefundRequest {
  orderNumber: string;
  /** Provider reference of the payment to refund. */
  paymentReference: string;
  amountCents: number;
  currency: string;
  reason: 'ORDER_CANCELLED';
}

export interface RefundAccepted {
  /** Provider reference of the refund. */
  reference: string;
  status: 'PENDING';
}

export interface PaymentGateway {
  charge(request: ChargeRequest): Promise<ChargeAccepted>;
  /** Asks the provider to refund a payment; the provider completes it on its side. */
  requestRefund(request: RefundRequest): Promise<RefundAccepted>;
}

/** Body of a payment event on POST /webhooks/payments. */
export interface PaymentEvent {
  id: string;
  type: 'payment.succeeded' | 'payment.failed';
  data: {
    orderNumber: string;
    amountCents: number;
    currency: string;
    method: GatewayMethod;
    reference: string;
    failureCode?: string;
  };
}

/** Card tokens of the sandbox: these decline, everything else succeeds. PayPal always succeeds. */
export const SANDBOX_DECLINED_TOKENS: Readonly<Record<string, string>> = {
  tok_declined: 'card_declined',
  tok_insufficient_funds: 'insufficient_funds',
};

/**
 * Local sandbox: decides deterministically from the card token and delivers a
 * signed event to `deliver` asynchronously (as the real provider calls the webhook).
 */
export class SandboxGateway implements PaymentGateway {
  private readonly pending = new Set<Promise<void>>();
  /** Test hook: when set, every charge declines with this code (e.g. an expired saved card). */
  declineAll: string | null = null;
  /** Refunds requested so far (the sandbox only records them). */
  readonly refunds: (RefundRequest & RefundAccepted)[] = [];

  constructor(
    private readonly secret: string,
    private readonly deliver: (rawBody: Buffer, headers: WebhookHeaders) => Promise<unknown>,
  ) {}

  requestRefund(request: RefundRequest): Promise<RefundAccepted> {
    const accepted: RefundAccepted = { reference: `sbx_rfd_${randomUUID()}`, status: 'PENDING' };
    this.refunds.push({ ...request, ...accepted });
    return Promise.resolve(accepted);
  }

  charge(request: ChargeRequest): Promise<ChargeAccepted> {
    const reference = `sbx_${randomUUID()}`;
    const failureCode =
      this.declineAll ?? (request.method === 'CREDIT_CARD' && request.cardToken ? SANDBOX_DECLINED_TOKENS[request.cardToken] : undefined);
    const event: PaymentEvent = {
      id: `evt_${randomUUID()}`,
      type: failureCode ? 'payment.failed' : 'payment.succeeded',
      data: {
        orderNumber: request.orderNumber,
        amountCents: request.amountCents,
        currency: request.currency,
        method: request.method,
        reference,
        ...(failureCode ? { failureCode } : {}),
      },
    };
    const raw = Buffer.from(JSON.stringify(event));
    const headers = signWebhook(this.secret, raw, event.id);
    const delivery: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.deliver(raw, headers))
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => this.pending.delete(delivery));
    this.pending.add(delivery);
    return Promise.resolve({ reference, status: 'PENDING' });
  }

  /** Waits until every event sent so far has been delivered (tests, shutdown). */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
