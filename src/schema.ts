import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './schema/index.js';

export const schema: GraphQLSchema = lexicographicSortSchema(builder.toSchema());
