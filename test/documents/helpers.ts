// Shared operations and helpers of the documents tests.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.js';

export const CreateDocument = graphql(`
  mutation DocCreate($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      __typename
      ... on CreateDocumentSuccess {
        document {
          id
          number
          sizeBytes
          kind
          attachments {
            filename
            sizeBytes
            contentBase64
          }
          contentBase64
          downloadUrl
        }
      }
      ... on UserError {
        code
        message
        field
      }
      ... on RestrictedMode {
        reasons
      }
      ... on StorageQuotaExceeded {
        usedBytes
        boughtBytes
        requiredBytes
      }
      ... on ServiceNotActive {
        status
      }
    }
  }
`);

export const UpdateDocument = graphql(`
  mutation DocUpdate($input: UpdateDocumentInput!) {
    updateDocument(input: $input) {
      __typename
      ... on UpdateDocumentSuccess {
        document {
          id
          number
          title
          sizeBytes
        }
      }
      ... on UserError {
        code
        message
      }
      ... on RestrictedMode {
        reasons
      }
    }
  }
`);

export const DeleteDocument = graphql(`
  mutation DocDelete($input: DeleteDocumentInput!) {
    deleteDocument(input: $input) {
      __typename
      ... on DeleteDocumentSuccess {
        deletedDocumentId
        freedBytes
      }
      ... on UserError {
        code
        message
      }
    }
  }
`);

export const ReceiveInvoice = graphql(`
  mutation DocReceive($input: ReceiveInvoiceInput!) {
    receiveInvoice(input: $input) {
      __typename
      ... on ReceiveInvoiceSuccess {
        duplicate
        document {
          id
          sizeBytes
          kind
        }
      }
      ... on UserError {
        code
        message
      }
    }
  }
`);

export const ServiceStatusQuery = graphql(`
  query DocServiceStatus($id: ID!) {
    service(id: $id) {
      status
      restrictionReasons
    }
  }
`);

export const serviceGid = (id: string) => encodeGlobalID('Service', id);
export const documentGid = (id: string) => encodeGlobalID('Document', id);
/** `n` bytes of content, base64; `seed` varies the bytes (distinct blobs). */
export const b64 = (n: number, seed = 'x') => Buffer.alloc(n, seed).toString('base64');

/** Small units so tests stay fast: 1 GB = 10 000 bytes. */
export const SMALL_POLICY = { bytesPerGb: 10_000, maxDocumentBytes: 5_000 };

// Storage purchase through the real checkout (R25).
export const OpenStorageCart = graphql(`
  mutation DocOpenStorageCart($input: CreateCartInput!) {
    createCart(input: $input) {
      __typename
      ... on CreateCartSuccess {
        cart {
          id
          lines {
            id
            quantity
            minQuantity
            product {
              code
            }
          }
        }
      }
    }
  }
`);

export const SetQuantity = graphql(`
  mutation DocSetStorageQuantity($input: SetCartLineQuantityInput!) {
    setCartLineQuantity(input: $input) {
      __typename
    }
  }
`);

export const CheckoutStorage = graphql(`
  mutation DocCheckoutStorage($input: CheckoutInput!) {
    checkout(input: $input) {
      __typename
      ... on CheckoutSuccess {
        order {
          number
          total {
            amountCents
          }
        }
      }
    }
  }
`);

export const RegisterStoragePayment = graphql(`
  mutation DocRegisterStoragePayment($input: RegisterPaymentInput!) {
    registerPayment(input: $input) {
      __typename
      ... on RegisterPaymentSuccess {
        applied
      }
    }
  }
`);
