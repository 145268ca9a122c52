// The GraphQL types and fields of the documents module.
import { registerErrorTypes } from '../../../shared/schema/user-error.js';
import { documentErrors } from '../errors.js';

registerErrorTypes(documentErrors);
import './document.js';
import './document-mutations.js';
