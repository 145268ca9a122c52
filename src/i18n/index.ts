// The message catalogs: `messages(locale)` gives every user-facing sentence in that language.
import { en, type Catalog } from './en.js';
import { it } from './it.js';

export type Locale = 'en' | 'it';
export type { Catalog, Email, EmailVars, OperatorAlertVars, PaymentDetailsVars } from './en.js';

const catalogs: Record<Locale, Catalog> = { en, it };

export function messages(locale: Locale): Catalog {
  return catalogs[locale];
}

/** Accept-Language: it -> Italian; anything else -> English. */
export function localeFrom(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return 'en';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('it') ? 'it' : 'en';
}

/** A stored locale (holder preference): 'en' is English, anything else Italian (the default). */
export function storedLocale(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : 'it';
}
