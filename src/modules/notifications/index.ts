// Public API of the notifications module (e-mail outbox and templates).
export * from './notification.service.js';
export * from './templates.js';
export * from './operator-alert.js';
export * from './webhook.service.js';
export * from './errors.js';
export { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './domain/webhooks.js';
