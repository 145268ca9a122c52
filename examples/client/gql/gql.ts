/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ExampleSignIn($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginSuccess {\n        token\n        expiresAt\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExampleSignInDocument,
    "\n  query ExampleDashboard {\n    viewer {\n      services(first: 20) {\n        edges {\n          node {\n            id\n            username\n            status\n            expiresAt\n            storage {\n              boughtGb\n              usedBytes\n              percentUsed\n              full\n            }\n            availableActions {\n              action\n              available\n              cartPurpose\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExampleDashboardDocument,
    "\n  mutation ExampleOpenCart($input: CreateCartInput!) {\n    createCart(input: $input) {\n      __typename\n      ... on CreateCartSuccess {\n        cart {\n          id\n          lines {\n            id\n            kind\n            quantity\n            minQuantity\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExampleOpenCartDocument,
    "\n  mutation ExampleSetQuantity($input: SetCartLineQuantityInput!) {\n    setCartLineQuantity(input: $input) {\n      __typename\n      ... on SetCartLineQuantitySuccess {\n        cart {\n          id\n          total {\n            amountCents\n            currency\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExampleSetQuantityDocument,
    "\n  mutation ExampleCheckOut($input: CheckoutInput!) {\n    checkout(input: $input) {\n      __typename\n      ... on CheckoutSuccess {\n        order {\n          number\n          status\n          total {\n            amountCents\n            currency\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExampleCheckOutDocument,
};
const documents: Documents = {
    "\n  mutation ExampleSignIn($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginSuccess {\n        token\n        expiresAt\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": types.ExampleSignInDocument,
    "\n  query ExampleDashboard {\n    viewer {\n      services(first: 20) {\n        edges {\n          node {\n            id\n            username\n            status\n            expiresAt\n            storage {\n              boughtGb\n              usedBytes\n              percentUsed\n              full\n            }\n            availableActions {\n              action\n              available\n              cartPurpose\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ExampleDashboardDocument,
    "\n  mutation ExampleOpenCart($input: CreateCartInput!) {\n    createCart(input: $input) {\n      __typename\n      ... on CreateCartSuccess {\n        cart {\n          id\n          lines {\n            id\n            kind\n            quantity\n            minQuantity\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": types.ExampleOpenCartDocument,
    "\n  mutation ExampleSetQuantity($input: SetCartLineQuantityInput!) {\n    setCartLineQuantity(input: $input) {\n      __typename\n      ... on SetCartLineQuantitySuccess {\n        cart {\n          id\n          total {\n            amountCents\n            currency\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": types.ExampleSetQuantityDocument,
    "\n  mutation ExampleCheckOut($input: CheckoutInput!) {\n    checkout(input: $input) {\n      __typename\n      ... on CheckoutSuccess {\n        order {\n          number\n          status\n          total {\n            amountCents\n            currency\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": types.ExampleCheckOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleSignIn($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginSuccess {\n        token\n        expiresAt\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleSignIn($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginSuccess {\n        token\n        expiresAt\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleDashboard {\n    viewer {\n      services(first: 20) {\n        edges {\n          node {\n            id\n            username\n            status\n            expiresAt\n            storage {\n              boughtGb\n              usedBytes\n              percentUsed\n              full\n            }\n            availableActions {\n              action\n              available\n              cartPurpose\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExampleDashboard {\n    viewer {\n      services(first: 20) {\n        edges {\n          node {\n            id\n            username\n            status\n            expiresAt\n            storage {\n              boughtGb\n              usedBytes\n              percentUsed\n              full\n            }\n            availableActions {\n              action\n              available\n              cartPurpose\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleOpenCart($input: CreateCartInput!) {\n    createCart(input: $input) {\n      __typename\n      ... on CreateCartSuccess {\n        cart {\n          id\n          lines {\n            id\n            kind\n            quantity\n            minQuantity\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleOpenCart($input: CreateCartInput!) {\n    createCart(input: $input) {\n      __typename\n      ... on CreateCartSuccess {\n        cart {\n          id\n          lines {\n            id\n            kind\n            quantity\n            minQuantity\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleSetQuantity($input: SetCartLineQuantityInput!) {\n    setCartLineQuantity(input: $input) {\n      __typename\n      ... on SetCartLineQuantitySuccess {\n        cart {\n          id\n          total {\n            amountCents\n            currency\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleSetQuantity($input: SetCartLineQuantityInput!) {\n    setCartLineQuantity(input: $input) {\n      __typename\n      ... on SetCartLineQuantitySuccess {\n        cart {\n          id\n          total {\n            amountCents\n            currency\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleCheckOut($input: CheckoutInput!) {\n    checkout(input: $input) {\n      __typename\n      ... on CheckoutSuccess {\n        order {\n          number\n          status\n          total {\n            amountCents\n            currency\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleCheckOut($input: CheckoutInput!) {\n    checkout(input: $input) {\n      __typename\n      ... on CheckoutSuccess {\n        order {\n          number\n          status\n          total {\n            amountCents\n            currency\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;