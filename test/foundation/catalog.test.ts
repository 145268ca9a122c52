import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../support/app.js';

const CatalogQuery = graphql(`
  query Catalog {
    __typename
    catalog {
      vatPercent
      products {
        code
        kind
        module
        edition
        name
        promo
        yearlyPrice {
          amountCents
          currency
        }
      }
      modules {
        code
        name
        yearlyPrice {
          amountCents
          currency
        }
      }
    }
  }
`);

describe('catalog', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('R22: lists products with yearly prices in integer cents, readable without signing in', async () => {
    // given: the seeded catalog
    // when
    const res = await app.exec(CatalogQuery);
    // then
    expect(res.errors).toBeUndefined();
    const catalog = res.data?.catalog;
    expect(catalog?.vatPercent).toBe(22);
    const storage = catalog?.products.find((p) => p.code === 'STORAGE_GB');
    expect(storage).toMatchObject({ kind: 'STORAGE', yearlyPrice: { amountCents: 1200, currency: 'EUR' } });
    expect(Number.isInteger(storage?.yearlyPrice.amountCents)).toBe(true);
  });

  it('R15: lists the four modules with their prices', async () => {
    const res = await app.exec(CatalogQuery);
    expect(res.data?.catalog.modules.map((m) => m.code).sort()).toEqual(['DOCUMENTS', 'ELECTRONIC_ORDERS', 'PAYMENTS', 'WOOCOMMERCE']);
  });

  it('names products in Italian with Accept-Language: it', async () => {
    const res = await app.exec(CatalogQuery, {}, { locale: 'it-IT,it;q=0.9' });
    expect(res.data?.catalog.modules.find((m) => m.code === 'PAYMENTS')?.name).toBe('Incassi e pagamenti');
  });

  it('R1: each base product says which edition it is the base of; other products have none', async () => {
    // given / when
    const res = await app.exec(CatalogQuery);
    // then
    const products = res.data?.catalog.products ?? [];
    expect(products.filter((p) => p.kind === 'BASE').map((p) => [p.code, p.edition])).toEqual([
      ['BASE_FULL', 'FULL'],
      ['BASE_RECEIVE_ONLY', 'RECEIVE_ONLY'],
    ]);
    expect(products.filter((p) => p.kind !== 'BASE').every((p) => p.edition === null)).toBe(true);
  });

  it('R19: flags products in promotion', async () => {
    const res = await app.exec(CatalogQuery);
    expect(res.data?.catalog.products.find((p) => p.code === 'MODULE_WOOCOMMERCE')?.promo).toBe(true);
    expect(res.data?.catalog.products.find((p) => p.code === 'BASE_FULL')?.promo).toBe(false);
  });
});
