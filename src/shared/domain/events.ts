// Domain event types (their wire names), shared by the outbox, live updates
// and outgoing webhooks. Pure.
export const EVENT_TYPES = [
  'order.created',
  'order.paid',
  'order.cancelled',
  'order.payment_failed',
  'service.expiring',
  'service.restricted',
  'service.reactivated',
  'service.cancelled',
  'storage.warning',
  'storage.full',
  'document.received',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
