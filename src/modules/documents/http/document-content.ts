// GET /documents/content?id=<global ID>: downloads a document's content with
// the bearer token; same visibility as reads (also in restricted mode, R14);
// 404 for anything not visible. Sent with `nosniff`, never as another type.
import { authenticate } from '../../identity/index.js';
import { documentContent, isContentType } from '../document.service.js';
import { localId } from '../../../shared/global-id.js';
import { addRoute } from '../../../shared/http/routes.js';
import { sendJson } from '../../../shared/http/util.js';

addRoute('GET', '/documents/content', async (req, res, deps) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const { principal } = await authenticate(deps, req.headers.authorization, deps.clock());
  if (!principal) {
    res.setHeader('www-authenticate', 'Bearer');
    sendJson(res, 401, { error: 'authentication required' });
    return;
  }
  const raw = url.searchParams.get('id');
  const id = raw ? localId(raw, 'Document') : null;
  const content = id ? await documentContent({ prisma: deps.db.prisma, principal }, { documentId: id }) : null;
  if (!content) {
    sendJson(res, 404, { error: 'not found' });
    return;
  }
  // A stored content type that could not be a header (older rows) is sent as bytes.
  res.writeHead(200, {
    'content-type': isContentType(content.contentType) ? content.contentType : 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'content-length': content.bytes.length,
    'content-disposition': `attachment; filename="${content.number.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
  });
  res.end(content.bytes);
});
