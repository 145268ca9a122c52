// The catalog (R22: prices are data). Used by the demo seed and by tests.
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Edition, ItemKind, ModuleCode, CartPurpose } from '../generated/prisma/enums.js';

interface ProductSeed {
  code: string;
  kind: ItemKind;
  module?: ModuleCode;
  edition?: Edition;
  name: string;
  nameIt: string;
  description: string;
  yearlyPriceCents: number;
  promo?: boolean;
}

export const CATALOG: readonly ProductSeed[] = [
  {
    code: 'BASE_FULL',
    kind: 'BASE',
    edition: 'FULL',
    name: 'E-invoicing',
    nameIt: 'Fatturazione Elettronica',
    description: 'Send and receive e-invoices, 1 GB included.',
    yearlyPriceCents: 2500,
  },
  {
    code: 'BASE_RECEIVE_ONLY',
    kind: 'BASE',
    edition: 'RECEIVE_ONLY',
    name: 'E-invoicing receive only',
    nameIt: 'Fatturazione Elettronica Solo Ricezione',
    description: 'Receive e-invoices, 1 GB included.',
    yearlyPriceCents: 1000,
  },
  {
    code: 'STORAGE_GB',
    kind: 'STORAGE',
    name: 'Additional storage (1 GB)',
    nameIt: 'Spazio aggiuntivo (1 GB)',
    description: 'One more GB of storage.',
    yearlyPriceCents: 1200,
  },
  {
    code: 'USER_SEAT',
    kind: 'USERS',
    name: 'Additional user',
    nameIt: 'Utente aggiuntivo',
    description: 'One more panel user, valid one year.',
    yearlyPriceCents: 900,
  },
  {
    code: 'MODULE_DOCUMENTS',
    kind: 'MODULE',
    module: 'DOCUMENTS',
    name: 'Documents',
    nameIt: 'Documenti',
    description: 'Quotes, delivery notes and other documents.',
    yearlyPriceCents: 1500,
  },
  {
    code: 'MODULE_WOOCOMMERCE',
    kind: 'MODULE',
    module: 'WOOCOMMERCE',
    name: 'WooCommerce',
    nameIt: 'WooCommerce',
    description: 'Invoices from your WooCommerce shop.',
    yearlyPriceCents: 1990,
    promo: true,
  },
  {
    code: 'MODULE_PAYMENTS',
    kind: 'MODULE',
    module: 'PAYMENTS',
    name: 'Collections and payments',
    nameIt: 'Incassi e pagamenti',
    description: 'Installments, collections and payments.',
    yearlyPriceCents: 2000,
  },
  {
    code: 'MODULE_ELECTRONIC_ORDERS',
    kind: 'MODULE',
    module: 'ELECTRONIC_ORDERS',
    name: 'Electronic orders',
    nameIt: 'Ordini Elettronici',
    description: 'Send and receive electronic orders (NSO).',
    yearlyPriceCents: 3000,
  },
];

interface ConventionSeed {
  code: string;
  association: string;
  discountBasisPoints: number;
  validFrom: Date;
  validTo: Date;
  applicablePurposes: CartPurpose[];
  applicableEditions: Edition[];
}

export function conventionSeeds(now: Date): ConventionSeed[] {
  const year = now.getUTCFullYear();
  return [
    {
      code: 'INGEGNERI',
      association: 'Ordine degli Ingegneri',
      discountBasisPoints: 1500,
      validFrom: new Date(Date.UTC(year - 1, 0, 1)),
      validTo: new Date(Date.UTC(year + 1, 11, 31)),
      applicablePurposes: [],
      applicableEditions: [],
    },
    {
      code: 'ARCHITETTI2020',
      association: 'Ordine degli Architetti',
      discountBasisPoints: 1000,
      validFrom: new Date(Date.UTC(2020, 0, 1)),
      validTo: new Date(Date.UTC(2020, 11, 31)),
      applicablePurposes: [],
      applicableEditions: [],
    },
    {
      code: 'COMMERCIALISTI',
      association: 'Ordine dei Commercialisti',
      discountBasisPoints: 2000,
      validFrom: new Date(Date.UTC(year - 1, 0, 1)),
      validTo: new Date(Date.UTC(year + 1, 11, 31)),
      applicablePurposes: ['RENEWAL'],
      applicableEditions: ['FULL'],
    },
  ];
}

/** Inserts products, prices and conventions; idempotent by code. */
export async function seedCatalog(prisma: PrismaClient, now: Date): Promise<void> {
  const validFrom = new Date(Date.UTC(2020, 0, 1));
  for (const p of CATALOG) {
    const { yearlyPriceCents, promo, ...product } = p;
    await prisma.product.upsert({
      where: { code: p.code },
      update: {},
      create: { ...product, prices: { create: { yearlyPriceCents, promo: promo ?? false, validFrom } } },
    });
  }
  for (const c of conventionSeeds(now)) {
    await prisma.convention.upsert({ where: { code: c.code }, update: {}, create: c });
  }
}
