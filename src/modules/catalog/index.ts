// Public API of the catalog module (products and their prices in time).
export { listCatalog, type CatalogProduct } from './catalog.service.js';
export { catalogStoreOf, type CatalogStore } from './catalog.store.js';
