// The GraphQL types and fields of the documents module.
import './document.js';
import './document-mutations.js';
