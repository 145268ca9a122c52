// login / logout: opaque bearer sessions for holders, panel users, operators.
import { z } from 'zod';
import { builder } from '../../../builder.js';
import { login, logout } from '../auth.service.js';
import { InvalidCredentialsError } from '../errors.js';
import { RateLimitedError } from '../../../shared/errors.js';

const PrincipalTypeEnum = builder.enumType('PrincipalType', {
  description: 'Who a session belongs to.',
  values: {
    HOLDER: { description: 'Account holder: buys, renews, pays.' },
    PANEL_USER: { description: 'Additional user of one service: works with its documents.' },
    OPERATOR: { description: 'Staff of the provider.' },
  } as const,
});

const LoginSuccess = builder.simpleObject('LoginSuccess', {
  description: 'A signed-in session.',
  fields: (t) => ({
    token: t.string({ description: 'Bearer token: send it as `Authorization: Bearer <token>`.' }),
    expiresAt: t.field({ type: 'DateTime', description: 'When the token stops working.' }),
    principalType: t.field({ type: PrincipalTypeEnum, description: 'Who signed in.' }),
  }),
});

const LoginInput = builder.inputType('LoginInput', {
  description: 'Credentials.',
  fields: (t) => ({
    username: t.string({
      description: 'Holder username (e.g. 1234567@aruba.it), panel user or operator username.',
      validate: z.string().trim().min(1).max(200),
    }),
    password: t.string({ description: 'Password.', validate: z.string().min(1).max(200) }),
  }),
});

builder.mutationField('login', (t) =>
  t.field({
    type: LoginSuccess,
    description: 'Signs in and returns a bearer token.',
    args: { input: t.arg({ type: LoginInput, required: true, description: 'Username and password.' }) },
    errors: { types: [InvalidCredentialsError, RateLimitedError] },
    resolve: (_root, { input }, ctx) => login(ctx, input),
  }),
);

const LogoutInput = builder.inputType('LogoutInput', {
  description: 'Which sessions to end: the one of the request, or every session of the signed-in principal.',
  fields: (t) => ({
    everywhere: t.boolean({
      required: false,
      defaultValue: false,
      description: 'True: end every session of the signed-in holder, panel user or operator (all devices). Default: only this one.',
    }),
  }),
});

const LogoutSuccess = builder.simpleObject('LogoutSuccess', {
  description: 'Outcome of logout.',
  fields: (t) => ({
    revoked: t.boolean({ description: 'True when at least one live session was revoked.' }),
    revokedSessions: t.int({ description: 'How many live sessions were revoked.' }),
  }),
});

builder.mutationField('logout', (t) =>
  t.field({
    type: LogoutSuccess,
    description: 'Revokes the bearer token of the request, or every session of its principal (`everywhere`).',
    args: { input: t.arg({ type: LogoutInput, required: true, description: 'Which sessions to end.' }) },
    errors: {},
    resolve: async (_root, { input }, ctx) => {
      const count = ctx.token ? await logout(ctx, { token: ctx.token, everywhere: input.everywhere }) : 0;
      return { revoked: count > 0, revokedSessions: count };
    },
  }),
);
