// Cart mutations (R12, R15-R21): each returns the recomputed cart.
import { builder } from '../../../builder.js';
import type { Cart as CartRow } from '../../../generated/prisma/client.js';
import { requireText } from '../../../shared/input.js';
import {
  addCartModule,
  applyConventionCode,
  createCart,
  removeCartModule,
  setCartExtendActiveServices,
  setCartLineQuantity,
  setCartYears,
  refusals,
} from '../cart.service.js';
import { CartPurposeEnum, ModuleCodeEnum } from '../../../shared/schema/enums.js';
import { CartRef } from './cart.js';
import { requireId } from '../../../shared/global-id.js';

const cartSuccess = (name: string, description: string) =>
  builder.simpleObject(name, {
    description,
    fields: (t) => ({ cart: t.field({ type: CartRef, description: 'The recomputed cart.' }) }),
  });

// ---------------------------------------------------------------- createCart

const CreateCartInput = builder.inputType('CreateCartInput', {
  description: 'Opens a cart for one service and one purpose.',
  fields: (t) => ({
    serviceId: t.id({ description: 'Global ID of the service.' }),
    purpose: t.field({ type: CartPurposeEnum, description: 'Renewal, storage upgrade, added users, added modules or reactivation.' }),
  }),
});

builder.mutationField('createCart', (t) =>
  t.field({
    type: cartSuccess('CreateCartSuccess', 'The new cart, prefilled from what the service has.'),
    description:
      'Opens a cart prefilled from the service (renewal: base, storage, users, modules; upgrade: +1 GB with the recommended quantity). Refused when the service does not offer the purpose now.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: CreateCartInput, required: true, description: 'Service and purpose.' }) },
    errors: { types: [...refusals.createCart] },
    resolve: async (_root, { input }, ctx) => {
      const serviceId = requireId(input.serviceId, 'Service', 'serviceId');
      const cart: CartRow = await createCart(ctx, { serviceId, purpose: input.purpose });
      return { cart };
    },
  }),
);

// ---------------------------------------------------------------- setCartLineQuantity

const SetCartLineQuantityInput = builder.inputType('SetCartLineQuantityInput', {
  description: 'New quantity of one cart line.',
  fields: (t) => ({
    cartId: t.id({ description: 'Global ID of the cart.' }),
    lineId: t.id({ description: 'Global ID of the line (CartLine.id).' }),
    quantity: t.int({ description: 'New quantity (not below used storage; not below the users configured in the panel).' }),
  }),
});

builder.mutationField('setCartLineQuantity', (t) =>
  t.field({
    type: cartSuccess('SetCartLineQuantitySuccess', 'The cart with the new quantity.'),
    description: 'Raises or lowers a line; floors are refused with the floor.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: SetCartLineQuantityInput, required: true, description: 'Cart, line and quantity.' }) },
    errors: { types: [...refusals.setCartLineQuantity] },
    resolve: async (_root, { input }, ctx) => ({
      cart: await setCartLineQuantity(ctx, {
        cartId: requireId(input.cartId, 'Cart', 'cartId'),
        lineId: requireId(input.lineId, 'CartLine', 'lineId'),
        quantity: input.quantity,
      }),
    }),
  }),
);

// ---------------------------------------------------------------- modules

const CartModuleInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      cartId: t.id({ description: 'Global ID of the cart.' }),
      module: t.field({ type: ModuleCodeEnum, description: 'The module.' }),
    }),
  });

const AddCartModuleInput = CartModuleInput('AddCartModuleInput', 'A module to add to a cart.');
const RemoveCartModuleInput = CartModuleInput('RemoveCartModuleInput', 'A module to take out of a cart ("do not renew").');

builder.mutationField('addCartModule', (t) =>
  t.field({
    type: cartSuccess('AddCartModuleSuccess', 'The cart with the module.'),
    description: 'Adds a module (or takes back a module dropped from a renewal).',
    authScopes: { holder: true },
    args: { input: t.arg({ type: AddCartModuleInput, required: true, description: 'Cart and module.' }) },
    errors: { types: [...refusals.addCartModule] },
    resolve: async (_root, { input }, ctx) => ({
      cart: await addCartModule(ctx, { cartId: requireId(input.cartId, 'Cart', 'cartId'), module: input.module }),
    }),
  }),
);

builder.mutationField('removeCartModule', (t) =>
  t.field({
    type: cartSuccess('RemoveCartModuleSuccess', 'The cart without the module.'),
    description: 'In a renewal cart the module is not renewed (it keeps its current expiry); a new module is taken out.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: RemoveCartModuleInput, required: true, description: 'Cart and module.' }) },
    errors: { types: [...refusals.removeCartModule] },
    resolve: async (_root, { input }, ctx) => ({
      cart: await removeCartModule(ctx, { cartId: requireId(input.cartId, 'Cart', 'cartId'), module: input.module }),
    }),
  }),
);

// ---------------------------------------------------------------- years, co-termination, convention

const SetCartYearsInput = builder.inputType('SetCartYearsInput', {
  description: 'Duration of a cart in years.',
  fields: (t) => ({
    cartId: t.id({ description: 'Global ID of the cart.' }),
    years: t.int({ description: '1 to 10; 1 or 2 with a product in promotion.' }),
  }),
});

builder.mutationField('setCartYears', (t) =>
  t.field({
    type: cartSuccess('SetCartYearsSuccess', 'The cart with the new duration.'),
    description: 'Sets the years bought.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: SetCartYearsInput, required: true, description: 'Cart and years.' }) },
    errors: { types: [...refusals.setCartYears] },
    resolve: async (_root, { input }, ctx) => ({
      cart: await setCartYears(ctx, { cartId: requireId(input.cartId, 'Cart', 'cartId'), years: input.years }),
    }),
  }),
);

const SetCartExtendActiveServicesInput = builder.inputType('SetCartExtendActiveServicesInput', {
  description: 'Co-termination switch of an upgrade or add-on cart.',
  fields: (t) => ({
    cartId: t.id({ description: 'Global ID of the cart.' }),
    enabled: t.boolean({ description: 'On: every active item is extended to the new expiry, charged pro rata by day.' }),
  }),
});

builder.mutationField('setCartExtendActiveServices', (t) =>
  t.field({
    type: cartSuccess('SetCartExtendActiveServicesSuccess', 'The cart with or without the extension lines.'),
    description: 'Switches co-termination (on by default in upgrade and add-on carts).',
    authScopes: { holder: true },
    args: { input: t.arg({ type: SetCartExtendActiveServicesInput, required: true, description: 'Cart and switch.' }) },
    errors: { types: [...refusals.setCartExtendActiveServices] },
    resolve: async (_root, { input }, ctx) => ({
      cart: await setCartExtendActiveServices(ctx, { cartId: requireId(input.cartId, 'Cart', 'cartId'), enabled: input.enabled }),
    }),
  }),
);

const ApplyConventionCodeInput = builder.inputType('ApplyConventionCodeInput', {
  description: 'A convention code of a professional association.',
  fields: (t) => ({
    cartId: t.id({ description: 'Global ID of the cart.' }),
    code: t.string({ description: 'The convention code (case-insensitive).' }),
  }),
});

builder.mutationField('applyConventionCode', (t) =>
  t.field({
    type: cartSuccess('ApplyConventionCodeSuccess', 'The cart with the convention discount.'),
    description: 'Applies a convention discount; unknown, expired or inapplicable codes are refused.',
    authScopes: { holder: true },
    args: { input: t.arg({ type: ApplyConventionCodeInput, required: true, description: 'Cart and code.' }) },
    errors: { types: [...refusals.applyConventionCode] },
    resolve: async (_root, { input }, ctx) => ({
      cart: await applyConventionCode(ctx, {
        cartId: requireId(input.cartId, 'Cart', 'cartId'),
        code: requireText(input.code, 'code', 64),
      }),
    }),
  }),
);
