// GET /documents/content?id=<global ID>: downloads a document's content with
// the bearer token; same visibility as reads (also in restricted mode, R14);
// 404 for anything not visible.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { bearerToken, principalFromToken } from '../services/auth.service.js';
import { documentContent } from '../services/document.service.js';
import { addRoute } from './routes.js';
import { sendJson } from './util.js';

function documentIdOf(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const { typename, id } = decodeGlobalID(raw);
    return typename === 'Document' && id ? id : null;
  } catch {
    return null;
  }
}

addRoute('GET', '/documents/content', async (req, res, deps) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const token = bearerToken(req.headers.authorization);
  const principal = token ? await principalFromToken(deps.db.prisma, token, deps.clock()) : null;
  if (!principal) {
    res.setHeader('www-authenticate', 'Bearer');
    sendJson(res, 401, { error: 'authentication required' });
    return;
  }
  const id = documentIdOf(url.searchParams.get('id'));
  const content = id ? await documentContent(deps.db.prisma, principal, id) : null;
  if (!content) {
    sendJson(res, 404, { error: 'not found' });
    return;
  }
  res.writeHead(200, {
    'content-type': content.contentType,
    'content-length': content.bytes.length,
    'content-disposition': `attachment; filename="${content.number.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
  });
  res.end(content.bytes);
});
