// POST a query to a Yoga server in-process, as a JSON request (for tests of
// single plugins on a small schema; whole-app tests use test/support/app.ts).

/** Anything with Yoga's `fetch`. */
interface Fetches {
  fetch(url: string, init: RequestInit): Promise<Response> | Response;
}

export async function postQuery(yoga: Fetches, query: string): Promise<Response> {
  return yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}
