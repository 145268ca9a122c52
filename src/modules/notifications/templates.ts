// Email templates of the lifecycle notifications, in Italian and English
// (holder locale). Pure: kind + variables -> subject and text.
import type { Locale } from '../../context.js';

export type NotificationKind =
  | 'EXPIRY_WARNING'
  | 'STORAGE_WARNING'
  | 'STORAGE_FULL'
  | 'GRACE_STARTED'
  | 'DELETION_NOTICE'
  | 'AUTO_RENEW_FAILED'
  | 'AUTO_RENEW_CHARGE_FAILED'
  | 'SERVICE_CANCELLED';

export interface TemplateVars {
  holderName: string;
  serviceUsername: string;
  /** Expiry day, YYYY-MM-DD. */
  expiresAt: string;
  /** Last day of grace, YYYY-MM-DD. */
  graceEndsAt: string;
  days?: number | undefined;
  percentUsed?: number | undefined;
  attempt?: number | undefined;
}

export interface RenderedEmail {
  subject: string;
  text: string;
}

type Template = (v: TemplateVars) => RenderedEmail;

const SIGN = { en: '\n\nFatturazione Elettronica', it: '\n\nFatturazione Elettronica' };

const TEMPLATES: Record<Locale, Record<NotificationKind, Template>> = {
  en: {
    EXPIRY_WARNING: (v) => ({
      subject: `Your service ${v.serviceUsername} expires on ${v.expiresAt}`,
      text: `Dear ${v.holderName},\n\nyour e-invoicing service ${v.serviceUsername} expires on ${v.expiresAt} (in ${v.days ?? 0} days). Renew it from the customer area to keep sending invoices.`,
    }),
    STORAGE_WARNING: (v) => ({
      subject: `Storage of ${v.serviceUsername} almost full`,
      text: `Dear ${v.holderName},\n\nthe service ${v.serviceUsername} uses ${v.percentUsed ?? 0}% of its storage. Buy more storage or delete documents before it is full.`,
    }),
    STORAGE_FULL: (v) => ({
      subject: `Storage of ${v.serviceUsername} is full: restricted mode`,
      text: `Dear ${v.holderName},\n\nthe storage of ${v.serviceUsername} is full. The service is in restricted mode: you can read and download documents and received invoices keep arriving, but you cannot create or send invoices until you buy more storage or delete documents.`,
    }),
    GRACE_STARTED: (v) => ({
      subject: `Your service ${v.serviceUsername} has expired`,
      text: `Dear ${v.holderName},\n\nyour service ${v.serviceUsername} expired on ${v.expiresAt} and is in restricted mode. Reactivate it by ${v.graceEndsAt}: after that day the service is cancelled and its documents are deleted.`,
    }),
    DELETION_NOTICE: (v) => ({
      subject: `${v.serviceUsername}: documents will be deleted in ${v.days ?? 0} days`,
      text: `Dear ${v.holderName},\n\nthe grace period of ${v.serviceUsername} ends on ${v.graceEndsAt}. In ${v.days ?? 0} days the service will be cancelled and its documents deleted. Reactivate it to keep them.`,
    }),
    AUTO_RENEW_FAILED: (v) => ({
      subject: `Automatic renewal of ${v.serviceUsername} failed`,
      text: `Dear ${v.holderName},\n\nwe could not renew ${v.serviceUsername} automatically. The service expires on ${v.expiresAt}: renew it by hand from the customer area.`,
    }),
    AUTO_RENEW_CHARGE_FAILED: (v) => ({
      subject: `Payment for the renewal of ${v.serviceUsername} declined`,
      text: `Dear ${v.holderName},\n\nthe automatic renewal charge (attempt ${v.attempt ?? 1}) for ${v.serviceUsername} was declined. Auto-renew stays on and we will try again; check your payment method.`,
    }),
    SERVICE_CANCELLED: (v) => ({
      subject: `Your service ${v.serviceUsername} has been cancelled`,
      text: `Dear ${v.holderName},\n\nthe grace period of ${v.serviceUsername} ended on ${v.graceEndsAt}. The service is cancelled and its documents have been deleted.`,
    }),
  },
  it: {
    EXPIRY_WARNING: (v) => ({
      subject: `Il tuo servizio ${v.serviceUsername} scade il ${v.expiresAt}`,
      text: `Gentile ${v.holderName},\n\nil servizio di fatturazione elettronica ${v.serviceUsername} scade il ${v.expiresAt} (tra ${v.days ?? 0} giorni). Rinnovalo dall'area clienti per continuare a inviare fatture.`,
    }),
    STORAGE_WARNING: (v) => ({
      subject: `Spazio di ${v.serviceUsername} quasi esaurito`,
      text: `Gentile ${v.holderName},\n\nil servizio ${v.serviceUsername} usa il ${v.percentUsed ?? 0}% dello spazio. Acquista altro spazio o elimina dei documenti prima che si esaurisca.`,
    }),
    STORAGE_FULL: (v) => ({
      subject: `Spazio di ${v.serviceUsername} esaurito: modalità limitata`,
      text: `Gentile ${v.holderName},\n\nlo spazio di ${v.serviceUsername} è esaurito. Il servizio è in modalità limitata: puoi consultare e scaricare i documenti e le fatture ricevute continuano ad arrivare, ma non puoi creare o inviare fatture finché non acquisti altro spazio o elimini dei documenti.`,
    }),
    GRACE_STARTED: (v) => ({
      subject: `Il tuo servizio ${v.serviceUsername} è scaduto`,
      text: `Gentile ${v.holderName},\n\nil servizio ${v.serviceUsername} è scaduto il ${v.expiresAt} ed è in modalità limitata. Riattivalo entro il ${v.graceEndsAt}: dopo quella data il servizio viene cessato e i documenti cancellati.`,
    }),
    DELETION_NOTICE: (v) => ({
      subject: `${v.serviceUsername}: i documenti saranno cancellati tra ${v.days ?? 0} giorni`,
      text: `Gentile ${v.holderName},\n\nil periodo di tolleranza di ${v.serviceUsername} termina il ${v.graceEndsAt}. Tra ${v.days ?? 0} giorni il servizio sarà cessato e i documenti cancellati. Riattivalo per conservarli.`,
    }),
    AUTO_RENEW_FAILED: (v) => ({
      subject: `Rinnovo automatico di ${v.serviceUsername} non riuscito`,
      text: `Gentile ${v.holderName},\n\nnon siamo riusciti a rinnovare automaticamente ${v.serviceUsername}. Il servizio scade il ${v.expiresAt}: rinnovalo manualmente dall'area clienti.`,
    }),
    AUTO_RENEW_CHARGE_FAILED: (v) => ({
      subject: `Pagamento del rinnovo di ${v.serviceUsername} rifiutato`,
      text: `Gentile ${v.holderName},\n\nl'addebito del rinnovo automatico (tentativo ${v.attempt ?? 1}) di ${v.serviceUsername} è stato rifiutato. Il rinnovo automatico resta attivo e riproveremo; verifica il metodo di pagamento.`,
    }),
    SERVICE_CANCELLED: (v) => ({
      subject: `Il tuo servizio ${v.serviceUsername} è stato cessato`,
      text: `Gentile ${v.holderName},\n\nil periodo di tolleranza di ${v.serviceUsername} è terminato il ${v.graceEndsAt}. Il servizio è cessato e i documenti sono stati cancellati.`,
    }),
  },
};

/** Renders one notification in the holder's locale (anything but 'en' is Italian, the default). */
export function renderEmail(kind: NotificationKind, locale: string, vars: TemplateVars): RenderedEmail {
  const lang: Locale = locale === 'en' ? 'en' : 'it';
  const out = TEMPLATES[lang][kind](vars);
  return { subject: out.subject, text: out.text + SIGN[lang] };
}
