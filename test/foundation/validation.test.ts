import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../support/app.js';

const Login = graphql(`
  mutation FoundationLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on UserError {
        code
        field
        message
      }
    }
  }
`);

describe('input validation', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('returns invalid input as a typed InvalidInput error with the field path, not a top-level error', async () => {
    // when: an empty username
    const res = await app.exec(Login, { input: { username: '   ', password: 'x' } });
    // then
    expect(res.errors).toBeUndefined();
    expect(res.data?.login).toMatchObject({ __typename: 'InvalidInput', code: 'INVALID_INPUT' });
    expect(res.data?.login && 'field' in res.data.login ? res.data.login.field : null).toContain('username');
  });

  it('answers in Italian with Accept-Language: it', async () => {
    const res = await app.exec(Login, { input: { username: 'nobody@aruba.it', password: 'wrong' } }, { locale: 'it' });
    expect(res.data?.login).toMatchObject({ __typename: 'InvalidCredentials', message: 'Username o password errati' });
  });
});
