// Imports every background job module (each registers itself).
import './lifecycle.js';
import './outbox.js';
import './events.js';
