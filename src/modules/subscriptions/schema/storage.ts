// StorageUsage: what a service bought and uses (R8-R11), from its StorageCounter.
import { builder } from '../../../builder.js';
import type { StorageUsage } from '../domain/storage.js';
import type { StorageCategory } from '../../../shared/domain/types.js';

export const StorageCategoryEnum = builder.enumType('StorageCategory', {
  description: 'What consumes storage.',
  values: {
    INVOICES_SENT: { description: 'Sent invoices.' },
    INVOICES_RECEIVED: { description: 'Received invoices.' },
    DOCUMENTS: { description: 'Documents.' },
    INSTALLMENTS: { description: 'Installments (rate) of the payments module.' },
    ELECTRONIC_ORDERS: { description: 'Electronic orders.' },
  } satisfies Record<StorageCategory, { description: string }>,
});

export const StorageBreakdownRef = builder.objectRef<{ category: StorageCategory; bytes: number }>('StorageBreakdown').implement({
  description: 'Bytes used by one category of documents.',
  fields: (t) => ({
    category: t.field({ type: StorageCategoryEnum, description: 'The category.', resolve: (b) => b.category }),
    bytes: t.field({
      type: 'BigInt',
      description: 'Bytes used by documents of the category and their attachments.',
      resolve: (b) => b.bytes,
    }),
  }),
});

export const StorageUsageRef = builder.objectRef<StorageUsage>('StorageUsage').implement({
  description: 'Storage of a service. Usage comes from the running counter kept with each document write.',
  fields: (t) => ({
    boughtGb: t.exposeInt('boughtGb', { description: 'GB bought, including the GB included in the base service.' }),
    boughtBytes: t.field({ type: 'BigInt', description: 'boughtGb in bytes.', resolve: (s) => s.boughtBytes }),
    usedBytes: t.field({ type: 'BigInt', description: 'Bytes stored by documents and their attachments.', resolve: (s) => s.usedBytes }),
    percentUsed: t.exposeFloat('percentUsed', {
      description: 'Usage as a percentage of what was bought, truncated to 2 decimals; may exceed 100.',
    }),
    warning: t.exposeBoolean('warning', { description: 'Shown in red, usage above `storageWarningPercent` (policy).' }),
    full: t.exposeBoolean('full', { description: 'Usage reached 100%: restricted mode with reason STORAGE_FULL.' }),
    breakdown: t.field({
      type: [StorageBreakdownRef],
      description: 'Bytes per category.',
      resolve: (s) => s.breakdown,
    }),
    averageDailyBytes: t.field({
      type: 'BigInt',
      description: 'Average bytes added per day since the service was bought.',
      resolve: (s) => s.averageDailyBytes,
    }),
    recommendedExtraGb: t.exposeInt('recommendedExtraGb', {
      description: 'Extra GB to buy so that usage fits until expiry at the current average rate.',
    }),
    projectedFullAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When storage becomes full at the current average rate; null when nothing is consumed or not within a century.',
      resolve: (s) => s.projectedFullAt,
    }),
  }),
});
