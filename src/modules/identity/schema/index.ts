// The GraphQL types and fields of the identity module.
import './auth.js';
import './account.js';
import './user.js';
import './viewer.js';
