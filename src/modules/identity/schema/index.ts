// The GraphQL types and fields of the identity module.
import { registerErrorTypes } from '../../../shared/schema/user-error.js';
import { identityErrors } from '../errors.js';

registerErrorTypes(identityErrors);
import './auth.js';
import './account.js';
import './user.js';
import './viewer.js';

export { ViewerRef } from './viewer.js';
export { UserRef, UserSeatsRef } from './user.js';
export { AccountRef, HolderRef } from './account.js';
