// Public API of the identity module (accounts, panel users, operators, sessions, visibility).
export {
  NOTHING,
  accountVisibility,
  canReadDocumentsOf,
  canWriteDocumentsOf,
  documentVisibility,
  orderVisibility,
  panelUserVisibility,
  requireHolder,
  serviceVisibility,
} from './access.js';
export {
  authenticate,
  stillSignedIn,
  bearerToken,
  hashPassword,
  hashToken,
  newToken,
  principalFromToken,
  verifyPassword,
} from './auth.service.js';
export { NEWEST_FIRST, viewerOrdersWhere, viewerServicesWhere, type ViewerValue } from './viewer.service.js';
export * from './errors.js';
export { apiKeyScopes } from './api-key-scopes.js';
export { createApiKey, revokeApiKey, API_KEY_PREFIX } from './api-key.service.js';
