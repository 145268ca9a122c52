/** Test helpers for the domain layer. */
import type { ServiceFacts } from '../../src/modules/subscriptions/domain/service.js';

/** Midnight UTC of an ISO calendar day. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

export const GB = 1_073_741_824;

/** An active, paid service expiring on 2025-03-02 with 1 GB bought and little used. */
export function facts(overrides: Partial<ServiceFacts> = {}): ServiceFacts {
  return {
    activatedAt: day('2024-03-02'),
    expiresAt: day('2025-03-02'),
    cancelledAt: null,
    autoRenewEnabled: false,
    autoRenewMethod: null,
    usedBytes: 1000,
    boughtGb: 1,
    ...overrides,
  };
}
