// An example client of the API: typed documents (./operations.ts, codegen's
// client preset) sent with graphql-request. It signs in, reads the dashboard,
// opens a storage-upgrade cart for a service that can take more storage, sets
// the extra GB and checks out by bank transfer.
//
// With `persisted: true` it sends only each operation's hash (the
// `persistedQuery` extension),
// as a production client does when the server runs with
// PERSISTED_OPERATIONS=required: the server executes only the operations of
// ./gql/persisted-documents.json.
//
//   npx tsx examples/client/run.ts http://127.0.0.1:4000/graphql
import { GraphQLClient, type RequestMiddleware } from 'graphql-request';
import { getOperationAST, Kind, parse, type OperationDefinitionNode } from 'graphql';
import manifest from './gql/persisted-documents.json' with { type: 'json' };
import { CheckOut, Dashboard, OpenCart, SetQuantity, SignIn } from './operations.js';

/** Operation name -> hash, from the manifest codegen writes. */
const hashByName = new Map(
  Object.entries(manifest as Record<string, string>).flatMap(([hash, document]) =>
    parse(document)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => [d.name?.value ?? '', hash] as const),
  ),
);

/** Replaces the query text with its hash. */
const persistedOnly: RequestMiddleware = (request) => {
  if (typeof request.body !== 'string') return request;
  const { query, variables, operationName } = JSON.parse(request.body) as { query: string; variables?: unknown; operationName?: string };
  const name = operationName ?? getOperationAST(parse(query))?.name?.value ?? '';
  const hash = hashByName.get(name);
  if (!hash) throw new Error(`operation ${name} is not in the persisted-operations manifest: run npm run codegen`);
  // The hash in the `persistedQuery` extension (the form Yoga and Apollo read), without its `sha256:` prefix.
  const sha256Hash = hash.replace(/^sha256:/, '');
  return {
    ...request,
    body: JSON.stringify({ variables, operationName: name, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  };
};

export interface ExampleResult {
  services: string[];
  orderNumber: string;
  orderStatus: string;
  totalCents: number;
}

export async function runExample(
  url: string,
  opts: { username?: string; password?: string; persisted?: boolean; extraGb?: number } = {},
): Promise<ExampleResult> {
  const client = new GraphQLClient(url, opts.persisted ? { requestMiddleware: persistedOnly } : {});

  // 1. Sign in.
  const login = (
    await client.request(SignIn, { input: { username: opts.username ?? '1234567@aruba.it', password: opts.password ?? 'demo-password' } })
  ).login;
  if (login.__typename !== 'LoginSuccess') throw new Error(`sign-in refused: ${login.__typename}`);
  client.setHeader('authorization', `Bearer ${login.token}`);

  // 2. Dashboard: the services, and one that can take more storage now.
  const services = (await client.request(Dashboard)).viewer?.services.edges.map((e) => e.node) ?? [];
  const target = services.find((s) => s.availableActions?.some((a) => a.action === 'INCREASE_STORAGE' && a.available));
  if (!target) throw new Error('no service can take more storage');
  const purpose = target.availableActions?.find((a) => a.action === 'INCREASE_STORAGE')?.cartPurpose ?? 'STORAGE_UPGRADE';

  // 3. A storage-upgrade cart with the extra GB.
  const opened = (await client.request(OpenCart, { input: { serviceId: target.id, purpose } })).createCart;
  if (opened.__typename !== 'CreateCartSuccess') throw new Error(`cart refused: ${opened.__typename}`);
  const storageLine = opened.cart.lines.find((l) => l.kind === 'STORAGE');
  if (!storageLine) throw new Error('the cart has no storage line');
  const quantity = Math.max(storageLine.minQuantity, opts.extraGb ?? 2);
  const edited = (await client.request(SetQuantity, { input: { cartId: opened.cart.id, lineId: storageLine.id, quantity } }))
    .setCartLineQuantity;
  if (edited.__typename !== 'SetCartLineQuantitySuccess') throw new Error(`quantity refused: ${edited.__typename}`);

  // 4. Checkout: an order awaiting payment by bank transfer.
  const done = (await client.request(CheckOut, { input: { cartId: opened.cart.id, paymentMethod: 'BANK_TRANSFER', acceptTerms: true } }))
    .checkout;
  if (done.__typename !== 'CheckoutSuccess') throw new Error(`checkout refused: ${done.__typename}`);
  return {
    services: services.map((s) => s.username),
    orderNumber: done.order.number,
    orderStatus: done.order.status,
    totalCents: done.order.total.amountCents,
  };
}
