// Operations used by the checkout tests (typed by codegen).
import { graphql } from '../gql/index.js';

export const CartFields = graphql(`
  fragment CheckoutCartFields on Cart {
    id
    purpose
    status
    years
    extendActiveServices
    conventionCode
    suggestedModules
    newExpiresAt
    durationDays
    duration
    readyForCheckout
    subtotal {
      amountCents
    }
    discount {
      amountCents
    }
    vat {
      amountCents
    }
    total {
      amountCents
      currency
    }
    lines {
      id
      kind
      module
      quantity
      minQuantity
      maxQuantity
      recommendedQuantity
      unitPrice {
        amountCents
      }
      amount {
        amountCents
      }
      periodStart
      periodEnd
      proRataDays
      extension
      isNew
      product {
        code
      }
    }
  }
`);

export const ErrorFields = graphql(`
  fragment CheckoutErrorFields on UserError {
    __typename
    code
    message
    field
  }
`);

export const CreateCart = graphql(`
  mutation CheckoutCreateCart($input: CreateCartInput!) {
    createCart(input: $input) {
      __typename
      ... on CreateCartSuccess {
        cart {
          ...CheckoutCartFields
        }
      }
      ... on ActionNotAvailable {
        action
        reasonCode
      }
      ...CheckoutErrorFields
    }
  }
`);

export const SetLineQuantity = graphql(`
  mutation CheckoutSetLineQuantity($input: SetCartLineQuantityInput!) {
    setCartLineQuantity(input: $input) {
      __typename
      ... on SetCartLineQuantitySuccess {
        cart {
          ...CheckoutCartFields
        }
      }
      ... on QuantityBelowUsedStorage {
        minQuantity
      }
      ... on QuantityBelowConfiguredUsers {
        minQuantity
      }
      ... on InvalidQuantity {
        minQuantity
        maxQuantity
      }
      ...CheckoutErrorFields
    }
  }
`);

export const AddModule = graphql(`
  mutation CheckoutAddModule($input: AddCartModuleInput!) {
    addCartModule(input: $input) {
      __typename
      ... on AddCartModuleSuccess {
        cart {
          ...CheckoutCartFields
        }
      }
      ...CheckoutErrorFields
    }
  }
`);

export const RemoveModule = graphql(`
  mutation CheckoutRemoveModule($input: RemoveCartModuleInput!) {
    removeCartModule(input: $input) {
      __typename
      ... on RemoveCartModuleSuccess {
        cart {
          ...CheckoutCartFields
        }
      }
      ...CheckoutErrorFields
    }
  }
`);

export const SetYears = graphql(`
  mutation CheckoutSetYears($input: SetCartYearsInput!) {
    setCartYears(input: $input) {
      __typename
      ... on SetCartYearsSuccess {
        cart {
          ...CheckoutCartFields
        }
      }
      ... on InvalidYears {
        minYears
        maxYears
      }
      ...CheckoutErrorFields
    }
  }
`);

export const SetExtend = graphql(`
  mutation CheckoutSetExtend($input: SetCartExtendActiveServicesInput!) {
    setCartExtendActiveServices(input: $input) {
      __typename
      ... on SetCartExtendActiveServicesSuccess {
        cart {
          ...CheckoutCartFields
        }
      }
      ...CheckoutErrorFields
    }
  }
`);

export const ApplyConvention = graphql(`
  mutation CheckoutApplyConvention($input: ApplyConventionCodeInput!) {
    applyConventionCode(input: $input) {
      __typename
      ... on ApplyConventionCodeSuccess {
        cart {
          ...CheckoutCartFields
        }
      }
      ...CheckoutErrorFields
    }
  }
`);

export const CartQuery = graphql(`
  query CheckoutCart($id: ID!) {
    cart(id: $id) {
      ...CheckoutCartFields
    }
  }
`);

export const Checkout = graphql(`
  mutation CheckoutCheckout($input: CheckoutInput!) {
    checkout(input: $input) {
      __typename
      ... on CheckoutSuccess {
        order {
          id
          number
          type
          status
          paymentMethod
          years
          storageGb
          total {
            amountCents
          }
        }
        cart {
          id
          status
        }
      }
      ... on QuantityBelowUsedStorage {
        minQuantity
      }
      ... on ActionNotAvailable {
        action
        reasonCode
      }
      ...CheckoutErrorFields
    }
  }
`);

export const PayOrder = graphql(`
  mutation CheckoutPayOrder($input: PayOrderInput!) {
    payOrder(input: $input) {
      __typename
      ... on PayOrderSuccess {
        outcome
        reference
        order {
          id
          status
          paymentMethod
        }
      }
      ...CheckoutErrorFields
    }
  }
`);

export const CancelOrder = graphql(`
  mutation CheckoutCancelOrder($input: CancelOrderInput!) {
    cancelOrder(input: $input) {
      __typename
      ... on CancelOrderSuccess {
        order {
          id
          status
        }
      }
      ...CheckoutErrorFields
    }
  }
`);

export const RegisterPayment = graphql(`
  mutation CheckoutRegisterPayment($input: RegisterPaymentInput!) {
    registerPayment(input: $input) {
      __typename
      ... on RegisterPaymentSuccess {
        applied
        order {
          id
          status
        }
      }
      ... on AmountMismatch {
        expected
      }
      ...CheckoutErrorFields
    }
  }
`);

export const SetAutoRenew = graphql(`
  mutation CheckoutSetAutoRenew($input: SetAutoRenewInput!) {
    setAutoRenew(input: $input) {
      __typename
      ... on SetAutoRenewSuccess {
        service {
          id
          status
          autoRenew
          autoRenewMethod
          storage {
            boughtGb
          }
          userSeats {
            bought
          }
        }
      }
      ...CheckoutErrorFields
    }
  }
`);
