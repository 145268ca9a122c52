// Public API of the notifications module (e-mail outbox and templates).
export * from './notification.service.js';
export * from './templates.js';
export * from './operator-alert.js';
