// Order reads (R7, R24, R26): what an order offers and how to pay it offline.
import type { OrderStatus, PaymentMethod } from '../../../shared/domain/types.js';

/** Where offline payments go (configuration). */
export interface PaymentAccounts {
  BANK_IBAN: string;
  BANK_BENEFICIARY: string;
  POSTAL_ACCOUNT: string;
}

export interface OrderFacts {
  number: string;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  totalCents: number;
  currency: string;
}

/** R7: an order awaiting payment offers Pay. */
export function canPay(order: Pick<OrderFacts, 'status'>): boolean {
  return order.status === 'AWAITING_PAYMENT';
}

/** R7, R26: an order is cancelled only while awaiting payment. */
export function canCancel(order: Pick<OrderFacts, 'status'>): boolean {
  return order.status === 'AWAITING_PAYMENT';
}

export interface PaymentInstructions {
  method: 'BANK_TRANSFER' | 'POSTAL_SLIP';
  reference: string;
  amountCents: number;
  currency: string;
  beneficiary: string;
  iban: string | null;
  postalAccount: string | null;
}

/** R24: how to pay a bank transfer or postal slip order awaiting payment; null otherwise. */
export function paymentInstructions(order: OrderFacts, config: PaymentAccounts): PaymentInstructions | null {
  if (order.status !== 'AWAITING_PAYMENT') return null;
  if (order.paymentMethod !== 'BANK_TRANSFER' && order.paymentMethod !== 'POSTAL_SLIP') return null;
  const bank = order.paymentMethod === 'BANK_TRANSFER';
  return {
    method: order.paymentMethod,
    reference: order.number,
    amountCents: order.totalCents,
    currency: order.currency,
    beneficiary: config.BANK_BENEFICIARY,
    iban: bank ? config.BANK_IBAN : null,
    postalAccount: bank ? null : config.POSTAL_ACCOUNT,
  };
}
