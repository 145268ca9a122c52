// The GraphQL types and fields of the identity module.
import { registerErrorTypes } from '../../../shared/schema/user-error.js';
import * as refusals from '../errors.js';

// Every refusal the module defines gets its GraphQL type.
registerErrorTypes(Object.values(refusals));
import './auth.js';
import './account.js';
import './user.js';
import './viewer.js';
import './api-keys.js';

export { ViewerRef } from './viewer.js';
export { UserRef, UserSeatsRef } from './user.js';
export { AccountRef, HolderRef } from './account.js';
