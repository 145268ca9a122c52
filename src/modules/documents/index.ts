// Public API of the documents module.
export { deleteAllDocuments } from './document.service.js';
