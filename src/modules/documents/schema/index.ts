// The GraphQL types and fields of the documents module.
import { registerErrorTypes } from '../../../shared/schema/user-error.js';
import * as refusals from '../errors.js';

// Every refusal the module defines gets its GraphQL type.
registerErrorTypes(Object.values(refusals));
import './document.js';
import './document-mutations.js';
