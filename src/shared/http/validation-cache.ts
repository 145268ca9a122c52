// Validation results kept per parsed document (a Yoga plugin). Yoga's own
// cache keys them by the names of the validation rules, read from every rule
// on every request; graphql-armor adds fresh rule functions to each request,
// and reading their names took about 2% of the CPU of a `{ __typename }`
// request. The rules of one server never change (the armor limits and the
// introspection switch are fixed at start), so the document alone is the key.
// Yoga's parser cache gives one document object per query text, so a repeated
// query is validated once.
import type { DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function validationCache(): Plugin {
  const results = new WeakMap<DocumentNode, readonly Error[]>();
  return {
    onValidate({ params, setResult }) {
      const documentAST = params.documentAST as DocumentNode;
      const known = results.get(documentAST);
      if (known) {
        setResult(known);
        return;
      }
      return ({ result }) => {
        results.set(documentAST, result);
      };
    },
  };
}
