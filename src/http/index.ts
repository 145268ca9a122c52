// Imports every route module.
import './health.js';
