// The GraphQL types and fields of the notifications module (outgoing webhooks).
import { registerErrorTypes } from '../../../shared/schema/user-error.js';
import * as refusals from '../errors.js';

registerErrorTypes(Object.values(refusals));
import './webhooks.js';
