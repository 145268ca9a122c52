// The GraphQL types and fields of the catalog module.
import './catalog.js';
