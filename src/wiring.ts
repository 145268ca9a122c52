// Composition root: connects modules where a lower module needs work done by a
// higher one (dependency inversion), so that modules never import upwards.
import { provideLifecyclePorts } from './modules/subscriptions/lifecycle.service.js';
import { deleteAllDocuments } from './modules/documents/document.service.js';
import { chargeAutoRenewal } from './modules/commerce/auto-renew.service.js';

provideLifecyclePorts({ deleteAllDocuments, chargeAutoRenewal });
