import { DateTimeResolver, EmailAddressResolver, BigIntResolver } from 'graphql-scalars';
import { builder } from '../../builder.js';

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('EmailAddress', EmailAddressResolver);
builder.addScalarType('BigInt', BigIntResolver);
