// The GraphQL types and fields of the catalog module.
import './catalog.js';

export { ModuleRef, ProductRef, catalogOf, modulesOf } from './catalog.js';
