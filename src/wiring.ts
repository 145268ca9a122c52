// Composition root: connects modules where a lower module needs work done by a
// higher one (dependency inversion), so that modules never import upwards.
import { provideLifecyclePorts } from './modules/subscriptions/index.js';
import { deleteAllDocuments } from './modules/documents/index.js';
import { chargeAutoRenewal } from './modules/commerce/index.js';

provideLifecyclePorts({ deleteAllDocuments, chargeAutoRenewal });
