// The lifecycle notifications: their kinds and how each is rendered from the
// message catalogs (src/i18n) in the holder's locale. Pure.
import { messages, storedLocale, type Email, type EmailVars } from '../../i18n/index.js';

export type NotificationKind =
  | 'EXPIRY_WARNING'
  | 'STORAGE_WARNING'
  | 'STORAGE_FULL'
  | 'GRACE_STARTED'
  | 'DELETION_NOTICE'
  | 'AUTO_RENEW_FAILED'
  | 'AUTO_RENEW_CHARGE_FAILED'
  | 'SERVICE_CANCELLED';

export type TemplateVars = EmailVars;
export type RenderedEmail = Email;

/** Renders one notification in the holder's locale (anything but 'en' is Italian, the default). */
export function renderEmail(kind: NotificationKind, locale: string, vars: TemplateVars): RenderedEmail {
  const m = messages(storedLocale(locale));
  const out = m.emails[kind](vars);
  return { subject: out.subject, text: out.text + m.emails.signature };
}
