// Catalog reads: products with the price valid at `now` (R22: prices are data).
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { Edition, ItemKind, ModuleCode } from '../../generated/prisma/enums.js';

export interface CatalogProduct {
  id: string;
  code: string;
  kind: ItemKind;
  module: ModuleCode | null;
  /** For BASE products: the edition they are the base of. */
  edition: Edition | null;
  name: string;
  nameIt: string;
  description: string;
  yearlyPriceCents: number;
  promo: boolean;
}

/** Every product that has a price valid at `now`, in a stable order. */
export async function listCatalog(prisma: Pick<PrismaClient, 'product'>, now: Date): Promise<CatalogProduct[]> {
  const products = await prisma.product.findMany({
    orderBy: { code: 'asc' },
    include: {
      prices: {
        where: { validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gt: now } }] },
        orderBy: { validFrom: 'desc' },
        take: 1,
      },
    },
  });
  return products.flatMap(({ prices, ...p }) => {
    const price = prices[0];
    return price ? [{ ...p, yearlyPriceCents: price.yearlyPriceCents, promo: price.promo }] : [];
  });
}
