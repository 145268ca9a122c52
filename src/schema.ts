// The executable schema: the shared types and every module's types, sorted.
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './wiring.js';
import './shared/schema/index.js';
import './modules/identity/schema/index.js';
import './modules/catalog/schema/index.js';
import './modules/subscriptions/schema/index.js';
import './modules/commerce/schema/index.js';
import './modules/documents/schema/index.js';
import './modules/notifications/schema/index.js';

export const schema: GraphQLSchema = lexicographicSortSchema(builder.toSchema());
