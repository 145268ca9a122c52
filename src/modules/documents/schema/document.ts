// Document (read API issue owns the read fields; documents issue the writes).
import { builder } from '../../../builder.js';
import { documentVisibility } from '../../identity/index.js';
import { DocumentKindEnum } from '../../../shared/schema/enums.js';

export const DocumentRef = builder.prismaNode('Document', {
  description: 'A stored document; its bytes count as storage usage.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [documentVisibility(ctx.principal)] }),
  fields: (t) => ({
    kind: t.expose('kind', { type: DocumentKindEnum, description: 'What kind of document it is.' }),
    number: t.exposeString('number', { description: 'Document number.' }),
    title: t.exposeString('title', { description: 'Title, may be empty.' }),
    contentType: t.exposeString('contentType', { description: 'MIME type of the content.' }),
    sizeBytes: t.exposeInt('sizeBytes', { description: 'Bytes of the content plus its attachments: what it uses.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the document was stored.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the document last changed.' }),
  }),
});
