import { builder } from '../../builder.js';

export interface MoneyValue {
  amountCents: number;
  currency: string;
}

export const Money = builder.objectRef<MoneyValue>('Money').implement({
  description: 'An amount of money in integer cents.',
  fields: (t) => ({
    amountCents: t.exposeInt('amountCents', { description: 'Amount in cents (EUR cents).' }),
    currency: t.exposeString('currency', { description: 'ISO 4217 currency code, always EUR.' }),
  }),
});

export function money(amountCents: number, currency = 'EUR'): MoneyValue {
  return { amountCents, currency };
}
