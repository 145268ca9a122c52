// Imports every route module.
import '../shared/http/health.js';
import '../modules/commerce/http/webhooks-payments.js';
import '../modules/documents/http/webhooks-sdi.js';
import '../modules/documents/http/document-content.js';
