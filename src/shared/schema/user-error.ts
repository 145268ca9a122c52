// The UserError interface and the helper that exposes an error class as a type.
import { builder } from '../../builder.js';
import { InvalidInputError, NotFoundError, ForbiddenError, UserError } from '../errors.js';

export const UserErrorInterface = builder.interfaceRef<UserError>('UserError').implement({
  description: 'A business-rule refusal or invalid input, returned in a mutation payload.',
  fields: (t) => ({
    message: t.string({
      description: 'Human readable message, in English or Italian (Accept-Language: it).',
      resolve: (err, _args, ctx) => err.localized(ctx.locale),
    }),
    code: t.exposeString('code', { description: 'Stable machine-readable code.' }),
    field: t.exposeStringList('field', {
      nullable: true,
      description: 'Path of the input field the error is about, when it is about one.',
    }),
  }),
});

// Error classes exposed as object types implementing UserError.
builder.objectType(InvalidInputError, {
  name: 'InvalidInput',
  description: 'The input is malformed or out of range.',
  interfaces: [UserErrorInterface],
});
builder.objectType(NotFoundError, {
  name: 'NotFound',
  description: 'The object does not exist or is not visible to you.',
  interfaces: [UserErrorInterface],
});
builder.objectType(ForbiddenError, {
  name: 'Forbidden',
  description: 'The operation is not allowed for the signed-in party.',
  interfaces: [UserErrorInterface],
});
