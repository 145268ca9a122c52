// Document (read API issue owns the read fields; documents issue the writes).
import { builder } from '../builder.js';

export const DocumentRef = builder.prismaNode('Document', {
  description: 'A stored document; its bytes count as storage usage (R8).',
  id: { field: 'id' },
  fields: (t) => ({
    number: t.exposeString('number', { description: 'Document number.' }),
  }),
});
