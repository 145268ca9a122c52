// The body of POST /graphql, read before Yoga sees it and counted as it
// arrives: a Content-Length above the limit is refused at once (413), a
// chunked body is cut as soon as it passes the limit (413), and a body that is
// not UTF-8 is refused (400). Above `limit` and up to `uploadLimit`, the body
// goes on only if `mayUpload()` says so (a signed-in caller); the GraphQL guards
// then accept it only for a document upload.
import type { IncomingMessage } from 'node:http';
import { isUtf8 } from 'node:buffer';

export type BodyRead = { ok: true; body: Buffer } | { ok: false; status: 413 | 400; maxBytes: number };

export interface BodyLimits {
  limit: number;
  uploadLimit: number;
  /** Asked once, when the body is larger than `limit`. */
  mayUpload: () => Promise<boolean>;
}

export async function readLimitedBody(req: IncomingMessage, { limit, uploadLimit, mayUpload }: BodyLimits): Promise<BodyRead> {
  const tooLarge = (maxBytes: number): BodyRead => ({ ok: false, status: 413, maxBytes });
  let max = limit;
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    if (declared > uploadLimit || !(await mayUpload())) return tooLarge(declared > uploadLimit ? uploadLimit : limit);
    max = uploadLimit;
  }
  return new Promise<BodyRead>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let asked = max > limit;
    const stop = (outcome: BodyRead) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      // The rest of a refused body is discarded until the response closes the connection.
      req.resume();
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size <= max) return;
      if (asked || size > uploadLimit) {
        stop(tooLarge(size > uploadLimit ? uploadLimit : max));
        return;
      }
      asked = true;
      req.pause();
      mayUpload().then(
        (ok) => {
          if (!ok) {
            stop(tooLarge(limit));
            return;
          }
          max = uploadLimit;
          req.resume();
        },
        (err: unknown) => {
          onError(err instanceof Error ? err : new Error(String(err)));
        },
      );
    };
    const onEnd = () => {
      const body = Buffer.concat(chunks, size);
      stop(isUtf8(body) ? { ok: true, body } : { ok: false, status: 400, maxBytes: max });
    };
    function onError(err: Error): void {
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
      reject(err);
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
