// What every resolver receives: the process dependencies plus the request's
// principal, locale and clock.
import type { Config } from './shared/config.js';
import type { Database } from './shared/db/database.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { Logger } from './shared/logger.js';
import type { Policy } from './shared/domain/policy.js';

export type Locale = 'en' | 'it';

export type Principal =
  | { type: 'HOLDER'; accountId: string; sessionId: string }
  | { type: 'PANEL_USER'; panelUserId: string; serviceId: string; sessionId: string }
  | { type: 'OPERATOR'; operatorId: string; sessionId: string };

/** Process-wide dependencies, built once at start (or per test file). */
export interface AppDeps {
  db: Database;
  config: Config;
  policy: Policy;
  log: Logger;
  /** The clock; tests pin it. */
  clock: () => Date;
}

export interface Context extends AppDeps {
  prisma: PrismaClient;
  principal: Principal | null;
  locale: Locale;
  /** `now` for this request, read once so that every field agrees. */
  now: Date;
  /** The bearer token of the request, if any (for logout). */
  token: string | null;
}

/** Accept-Language: it -> Italian; anything else -> English. */
export function localeFrom(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return 'en';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('it') ? 'it' : 'en';
}
