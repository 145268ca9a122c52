// GraphiQL at GET /graphql (when ENABLE_GRAPHIQL): served from the installed
// @graphql-yoga/render-graphiql (the whole page inline, nothing from a CDN), and
// opening on ready example operations, one tab each, with the header template
// for the bearer token that `login` returns. test/foundation/graphiql.test.ts
// validates every example against the schema; test/browser/graphiql.test.ts
// runs them in a headless browser.
import type { GraphiQLOptions } from 'graphql-yoga';

const BEARER_TEMPLATE = JSON.stringify({ Authorization: 'Bearer <token from the Sign in tab>' }, null, 2);

export interface ExampleTab {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Needs the bearer token (the header template is prefilled). */
  signedIn: boolean;
}

export const EXAMPLE_TABS: readonly ExampleTab[] = [
  {
    title: 'Sign in',
    signedIn: false,
    query: `# 1. Sign in as a demo holder (README lists every demo login). Copy the token
#    into the Authorization header of the other tabs.
mutation SignIn($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on LoginSuccess { token expiresAt principalType }
    ... on UserError { code message }
  }
}`,
    variables: { input: { username: '1234567@aruba.it', password: 'demo-password' } },
  },
  {
    title: 'Dashboard',
    signedIn: true,
    query: `# 2. Every service of the account: status, expiry, storage, modules, users,
#    what can be bought now, and the latest orders.
query Dashboard {
  viewer {
    account { username holder { name } }
    services(first: 20) {
      totalCount
      edges {
        node {
          id
          username
          status
          restrictionReasons
          expiresAt
          daysToExpiry
          expiryWarning
          storage { boughtGb usedBytes percentUsed warning full }
          modules { module expiresAt }
          userSeats { bought configured }
          availableActions { action available reasonCode cartPurpose }
          orders(first: 5) { edges { node { number type status total { amountCents currency } } } }
        }
      }
    }
  }
}`,
  },
  {
    title: 'Storage upgrade and checkout',
    signedIn: true,
    query: `# 3. Buy extra storage: open a cart (take a service id from the Dashboard tab),
#    set the extra GB on the storage line, then check out by bank transfer.
#    Run the operations one after the other (the ▶ button asks which).
mutation OpenStorageCart($serviceId: ID!) {
  createCart(input: { serviceId: $serviceId, purpose: STORAGE_UPGRADE }) {
    __typename
    ... on CreateCartSuccess { cart { ...CartView } }
    ... on UserError { code message }
  }
}

mutation SetExtraGb($cartId: ID!, $lineId: ID!, $quantity: Int!) {
  setCartLineQuantity(input: { cartId: $cartId, lineId: $lineId, quantity: $quantity }) {
    __typename
    ... on SetCartLineQuantitySuccess { cart { ...CartView } }
    ... on UserError { code message field }
  }
}

mutation CheckOut($cartId: ID!) {
  checkout(input: { cartId: $cartId, paymentMethod: BANK_TRANSFER, acceptTerms: true }) {
    __typename
    ... on CheckoutSuccess {
      order { number status total { amountCents currency } paymentInstructions { __typename } }
    }
    ... on UserError { code message }
  }
}

fragment CartView on Cart {
  id
  purpose
  years
  lines { id kind quantity minQuantity maxQuantity amount { amountCents } }
  total { amountCents currency }
}`,
    variables: { serviceId: '<service id>', cartId: '<cart id>', lineId: '<storage line id>', quantity: 2 },
  },
  {
    title: 'Documents',
    signedIn: true,
    query: `# 4. Documents of a service (contents are downloaded from downloadUrl), and
#    storing a new one (content in base64).
query Documents($serviceId: ID!) {
  service(id: $serviceId) {
    username
    storage { usedBytes percentUsed }
    documents(first: 10) {
      totalCount
      edges { node { id kind number title sizeBytes createdAt downloadUrl } }
    }
  }
}

mutation StoreInvoice($serviceId: ID!) {
  createDocument(input: { serviceId: $serviceId, kind: INVOICE_SENT, number: "2026/1", title: "Example", contentBase64: "PGZhdHR1cmEvPg==" }) {
    __typename
    ... on CreateDocumentSuccess { document { id number sizeBytes } }
    ... on UserError { code message }
  }
}`,
    variables: { serviceId: '<service id>' },
  },
];

/**
 * Yoga's GraphiQL options: title, example tabs, header template. Yoga's page
 * puts `query` and `variables` (else its welcome comment) into the active tab,
 * so they carry the first example too.
 */
export function graphiqlOptions(): GraphiQLOptions & { query?: string; variables?: string } {
  const first = EXAMPLE_TABS[0];
  return {
    query: first?.query,
    variables: first?.variables ? JSON.stringify(first.variables, null, 2) : undefined,
    title: 'Fatturazione Elettronica API',
    defaultTabs: EXAMPLE_TABS.map((tab) => ({
      query: tab.query,
      variables: tab.variables ? JSON.stringify(tab.variables, null, 2) : null,
      headers: tab.signedIn ? BEARER_TEMPLATE : null,
    })),
    // A tab opened with + starts with the header template.
    defaultHeaders: BEARER_TEMPLATE,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  };
}

/** The page, rendered by the installed package (loaded on the first GET only). */
export async function renderGraphiQLPage(options: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  return renderGraphiQL(options);
}
