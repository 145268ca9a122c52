// ServiceModule: a module bought by a service (R15); the Module type is the catalog's.
import { builder } from '../../../builder.js';
import type { CatalogProduct } from '../../catalog/index.js';
import type { ModuleCode } from '../../../generated/prisma/enums.js';
import { ModuleCodeEnum } from '../../../shared/schema/enums.js';
import { ModuleRef, catalogOf, modulesOf } from '../../catalog/schema/index.js';

export interface ServiceModuleValue {
  module: ModuleCode;
  expiresAt: Date;
}

export const ServiceModuleRef = builder.objectRef<ServiceModuleValue>('ServiceModule').implement({
  description: 'A module bought by a service.',
  fields: (t) => ({
    module: t.field({ type: ModuleCodeEnum, description: 'The module.', resolve: (m) => m.module }),
    expiresAt: t.field({ type: 'DateTime', description: 'Until when the module is paid.', resolve: (m) => m.expiresAt }),
    details: t.field({
      type: ModuleRef,
      nullable: true,
      description: 'Name and current price of the module.',
      resolve: async (m, _a, ctx) => modulesOf(await catalogOf(ctx)).find((p) => p.module === m.module) ?? null,
    }),
  }),
});

/** R15: catalog modules the service has not bought. */
export function availableModulesOf(products: CatalogProduct[], bought: ServiceModuleValue[]) {
  const have = new Set(bought.map((m) => m.module));
  return modulesOf(products).filter((p) => !have.has(p.module));
}
