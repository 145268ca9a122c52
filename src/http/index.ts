// Imports every route module.
import './health.js';
import './webhooks-payments.js';
import './webhooks-sdi.js';
import './document-content.js';
