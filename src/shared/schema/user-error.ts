// The UserError interface and the GraphQL types of the refusals, built from
// their definitions (shared/errors.ts `defineError`).
import type { GenericFieldRef } from '@pothos/core';
import { builder } from '../../builder.js';
import {
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  RateLimitedError,
  UserError,
  type AnyUserErrorClass,
  type ErrorSpec,
} from '../errors.js';
import type { ActionBlockCode, ModuleCode, RestrictionReason, ServiceAction, ServiceStatus } from '../domain/types.js';
import { ActionBlockCodeEnum, ModuleCodeEnum, RestrictionReasonEnum, ServiceActionEnum, ServiceStatusEnum } from './enums.js';

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

const registered = new Set<unknown>();

type DataError = UserError & { data: Record<string, unknown> };

/** Registers the GraphQL type of each refusal (once), with the extra fields its definition declares. */
export function registerErrorTypes(classes: readonly AnyUserErrorClass[]): void {
  for (const refusal of classes) {
    if (registered.has(refusal)) continue;
    registered.add(refusal);
    const spec = refusal.spec as unknown as ErrorSpec<Record<string, unknown>>;
    builder.objectType(refusal as unknown as new (...args: unknown[]) => DataError, {
      name: spec.name,
      description: spec.description,
      interfaces: [UserErrorInterface],
      fields: (t) =>
        Object.fromEntries(
          Object.entries(spec.graphql ?? {}).map(([name, field]): [string, GenericFieldRef] => {
            const value = (e: DataError): unknown => (field.resolve ? field.resolve(e.data) : e.data[name]);
            const description = field.description;
            switch (field.type) {
              case 'Int':
                return [name, t.int({ description, resolve: (e) => value(e) as number })];
              case 'String':
                return [name, t.string({ description, resolve: (e) => value(e) as string })];
              case 'BigInt':
                return [name, t.field({ type: 'BigInt', description, resolve: (e) => value(e) as number })];
              case 'ModuleCode':
                return [name, t.field({ type: ModuleCodeEnum, description, resolve: (e) => value(e) as ModuleCode })];
              case 'ServiceAction':
                return [name, t.field({ type: ServiceActionEnum, description, resolve: (e) => value(e) as ServiceAction })];
              case 'ActionBlockCode':
                return [name, t.field({ type: ActionBlockCodeEnum, description, resolve: (e) => value(e) as ActionBlockCode })];
              case 'ServiceStatus':
                return [name, t.field({ type: ServiceStatusEnum, description, resolve: (e) => value(e) as ServiceStatus })];
              case '[RestrictionReason]':
                return [name, t.field({ type: [RestrictionReasonEnum], description, resolve: (e) => value(e) as RestrictionReason[] })];
            }
          }),
        ),
    });
  }
}

registerErrorTypes([InvalidInputError, NotFoundError, ForbiddenError, RateLimitedError]);
