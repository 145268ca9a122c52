// What a browser may do with /graphql: CORS from the allowlist CORS_ORIGINS
// (never credentials: the API uses bearer tokens, not cookies), CSRF
// prevention (a POST executes only with an application/json body, which a
// cross-site form cannot send without a CORS preflight), and schema
// introspection only where ENABLE_INTROSPECTION allows it.
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { localeFrom, messages } from '../../i18n/index.js';

/** Yoga's per-request CORS options (false: no CORS headers). */
export type CorsOptions =
  { origin: string[]; credentials: boolean; methods: string[]; allowedHeaders: string[]; exposedHeaders: string[]; maxAge: number } | false;

/** Headers a browser client may send to /graphql. */
const ALLOWED_HEADERS = ['authorization', 'content-type', 'accept', 'accept-language', 'x-request-id'];

/**
 * Yoga's `cors` option: an allowed origin gets its own origin back (no
 * credentials); any other origin gets no CORS header at all, so the browser
 * keeps the response from the page. `['*']` allows every origin.
 */
export function corsPolicy(allowed: readonly string[]): (request: Request) => CorsOptions {
  const any = allowed.includes('*');
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || (!any && !allowed.includes(origin))) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    };
  };
}

/** The media type of a Content-Type header, lower case, without parameters. */
function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * CSRF prevention: a POST to /graphql executes only when its body is
 * `application/json`. Form-encoded, multipart and text/plain bodies (what a
 * page on another site can send without a preflight) get 415 before parsing.
 */
export function jsonPostsOnly(): Plugin {
  return {
    onRequest(payload) {
      const { request, fetchAPI } = payload;
      if (request.method.toUpperCase() !== 'POST' || mediaType(request.headers.get('content-type')) === 'application/json') return;
      const m = messages(localeFrom(request.headers.get('accept-language')));
      payload.endResponse(
        new fetchAPI.Response(
          JSON.stringify({ errors: [{ message: m.errors.jsonOnly(), extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] }),
          {
            status: 415,
            headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' },
          },
        ),
      );
    },
  };
}

/** Refuses `__schema` and `__type` (validation error) when introspection is off; `__typename` stays allowed. */
export function introspectionSwitch(enabled: boolean): Plugin {
  if (enabled) return {};
  return {
    onValidate(payload) {
      payload.addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
