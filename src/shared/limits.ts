// Every limit against hostile traffic, in one place. Those the printed schema
// states (page sizes, ids per `nodes`) are constants; the others come from the
// environment through src/shared/config.ts (README, "Running in production").
import type { Config } from './config.js';

/** Limits stated in the schema's descriptions: constants, so the printed schema never depends on the environment. */
export const SCHEMA_LIMITS = {
  /** Largest `first`/`last` of every connection. */
  maxPageSize: 100,
  /** Page size of a connection when neither `first` nor `last` is given. */
  defaultPageSize: 20,
  /** Most ids in one `nodes(ids:)`. */
  maxNodeIds: 100,
  /**
   * Most items of any list argument: a longer list is refused before its items
   * are decoded (3,000 global ids cost about 25 ms of CPU to decode).
   */
  maxListItems: 100,
  /**
   * Complexity of `Document.contentBase64` (up to the policy's 10 MiB): with the
   * default MAX_QUERY_COMPLEXITY, two contents per operation.
   */
  contentComplexity: 20_000,
  /**
   * Complexity of `Attachment.contentBase64`: a document's content and
   * attachments together fit the policy's size, and `attachments` multiplies
   * by 10, so all the attachments of a document cost one content.
   */
  attachmentContentComplexity: 2_000,
  /** Longest API key label, in characters. */
  maxApiKeyLabelChars: 100,
  /** Most live (not revoked, not expired) API keys per account. */
  maxApiKeysPerAccount: 20,
  /** Most webhook endpoints per account. */
  maxWebhookEndpointsPerAccount: 10,
  /** Longest webhook endpoint URL, in characters. */
  maxWebhookUrlChars: 2000,
} as const;

/** Text arguments exempt from MAX_STRING_CHARS: base64 contents, bounded by the body limit and the document size policy. */
export const LONG_TEXT_ARGUMENTS: ReadonlySet<string> = new Set(['contentBase64']);

/** Root mutations whose request body may exceed MAX_BODY_BYTES (up to MAX_UPLOAD_BODY_BYTES). */
export const UPLOAD_OPERATIONS: ReadonlySet<string> = new Set(['createDocument', 'updateDocument', 'receiveInvoice']);

export interface Limits {
  /** Largest POST /graphql body, in bytes. */
  maxBodyBytes: number;
  /** Largest body of a signed-in document upload on /graphql, and of the SDI webhook, in bytes. */
  maxUploadBodyBytes: number;
  /** Largest complexity of one operation. */
  maxComplexity: number;
  /** Longest text argument, in characters. */
  maxStringChars: number;
  /** Execution time of one query, in milliseconds. */
  requestTimeoutMs: number;
}

/** The limits of the process configuration. */
export function limitsOf(config: Config): Limits {
  return {
    maxBodyBytes: config.MAX_BODY_BYTES,
    maxUploadBodyBytes: Math.max(config.MAX_UPLOAD_BODY_BYTES, config.MAX_BODY_BYTES),
    maxComplexity: config.MAX_QUERY_COMPLEXITY,
    maxStringChars: config.MAX_STRING_CHARS,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
  };
}

/**
 * Farthest a `runLifecycle(now:)` may be from the real clock, in hours,
 * unless the server runs with ALLOW_CLOCK_OVERRIDE=true (stated in the schema).
 */
export const MAX_LIFECYCLE_CLOCK_DRIFT_HOURS = 24;

/** Rate-limit buckets: what a budget counts. */
export type RateBucket = 'loginPerClient' | 'loginPerAccount' | 'conventionCode' | 'request';

/** A budget: `points` uses per `seconds` (0 points: unlimited). */
export interface RateBudget {
  points: number;
  seconds: number;
}

/** The rate-limit budgets of the configuration (README, "Running in production"). */
export function rateLimitsOf(config: Config): Record<RateBucket, RateBudget> {
  return {
    loginPerClient: { points: config.RATE_LIMIT_LOGIN_PER_CLIENT, seconds: config.RATE_LIMIT_LOGIN_WINDOW_SECONDS },
    loginPerAccount: { points: config.RATE_LIMIT_LOGIN_PER_ACCOUNT, seconds: config.RATE_LIMIT_LOGIN_WINDOW_SECONDS },
    conventionCode: { points: config.RATE_LIMIT_CONVENTION_CODES, seconds: config.RATE_LIMIT_CONVENTION_WINDOW_SECONDS },
    request: { points: config.RATE_LIMIT_REQUESTS, seconds: config.RATE_LIMIT_REQUESTS_WINDOW_SECONDS },
  };
}
