// The catalog held in memory (R22: prices are data that changes rarely).
// Each instance keeps every product with its whole price history, so the price
// valid at any `now` is found without the database, scheduled price changes
// included. A trigger bumps "CatalogVersion" on any change to products, prices
// or conventions; each instance compares it at most every
// CATALOG_REFRESH_SECONDS (one small statement, not one per request) and
// reloads when it moved, so every instance sees an edit within that time.
// Transactions that charge money read the catalog from the database instead
// (listCatalog with the transaction).
import type { Database } from '../../shared/db/database.js';
import type { Config } from '../../shared/config.js';
import type { Edition, ItemKind, ModuleCode } from '../../generated/prisma/enums.js';
import type { CatalogProduct } from './catalog.service.js';

interface StoredProduct {
  id: string;
  code: string;
  kind: ItemKind;
  module: ModuleCode | null;
  edition: Edition | null;
  name: string;
  nameIt: string;
  description: string;
  /** Newest first. */
  prices: { yearlyPriceCents: number; promo: boolean; validFrom: Date; validTo: Date | null }[];
}

interface Snapshot {
  version: bigint;
  products: StoredProduct[];
}

export interface CatalogStore {
  /** Every product with a price valid at `now`, in code order (as listCatalog). */
  at(now: Date): Promise<CatalogProduct[]>;
  /** Compares the version now, reloading if it moved (after a change made by this process). */
  refresh(): Promise<void>;
  /**
   * Names the catalog as seen at `now`: its version and the start of the
   * current price period. Two reads with the same name give the same
   * products and prices (stored answers are keyed by it).
   */
  edition(now: Date): Promise<string>;
}

/** The products with the price valid at `now`. */
export function pricedAt(products: StoredProduct[], now: Date): CatalogProduct[] {
  const t = now.getTime();
  return products.flatMap(({ prices, ...p }) => {
    const price = prices.find((x) => x.validFrom.getTime() <= t && (x.validTo === null || x.validTo.getTime() > t));
    return price ? [{ ...p, yearlyPriceCents: price.yearlyPriceCents, promo: price.promo }] : [];
  });
}

function createCatalogStore(db: Database, refreshSeconds: number): CatalogStore {
  let snapshot: Promise<Snapshot> | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let checking: Promise<void> | null = null;

  const load = async (version: bigint): Promise<Snapshot> => {
    const products = await db.prisma.product.findMany({
      orderBy: { code: 'asc' },
      include: {
        prices: { orderBy: { validFrom: 'desc' }, select: { yearlyPriceCents: true, promo: true, validFrom: true, validTo: true } },
      },
    });
    return { version, products };
  };
  const currentVersion = async (): Promise<bigint> =>
    (await db.prisma.catalogVersion.findUnique({ where: { id: 1 }, select: { version: true } }))?.version ?? 0n;

  const check = (): Promise<void> => {
    checking ??= (async () => {
      try {
        const version = await currentVersion();
        const held = snapshot ? await snapshot.catch(() => null) : null;
        if (held?.version !== version) {
          const next = load(version);
          await next;
          snapshot = next;
        }
        checkedAt = performance.now();
      } finally {
        checking = null;
      }
    })();
    return checking;
  };

  const current = async (): Promise<Snapshot> => {
    if (snapshot === null || performance.now() - checkedAt >= refreshSeconds * 1000) await check();
    if (!snapshot) throw new Error('catalog not loaded');
    return snapshot;
  };

  return {
    async at(now) {
      return pricedAt((await current()).products, now);
    },
    refresh: check,
    async edition(now) {
      const { version, products } = await current();
      // The latest price boundary at or before `now`: prices change only at boundaries.
      const t = now.getTime();
      let since = 0;
      for (const p of products)
        for (const price of p.prices)
          for (const boundary of [price.validFrom.getTime(), price.validTo?.getTime() ?? 0])
            if (boundary <= t && boundary > since) since = boundary;
      return `${String(version)}@${String(since)}`;
    },
  };
}

const stores = new WeakMap<Database, CatalogStore>();

/** The in-memory catalog of an app (one per database handle). */
export function catalogStoreOf(deps: { db: Database; config: Pick<Config, 'CATALOG_REFRESH_SECONDS'> }): CatalogStore {
  let store = stores.get(deps.db);
  if (!store) {
    store = createCatalogStore(deps.db, deps.config.CATALOG_REFRESH_SECONDS);
    stores.set(deps.db, store);
  }
  return store;
}
