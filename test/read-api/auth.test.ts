import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createTestApp, DEFAULT_NOW, type TestApp } from '../support/app.js';
import { createHolder, PASSWORD, tokenFor } from '../support/factories.js';

const Login = graphql(`
  mutation ReadApiLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess {
        token
        principalType
      }
      ... on UserError {
        code
        message
        field
      }
    }
  }
`);

const Logout = graphql(`
  mutation ReadApiLogout($input: LogoutInput!) {
    logout(input: $input) {
      __typename
      ... on LogoutSuccess {
        revoked
        revokedSessions
      }
    }
  }
`);

const WhoAmI = graphql(`
  query ReadApiWhoAmI {
    viewer {
      principalType
      account {
        username
      }
    }
  }
`);

describe('signing in and bearer tokens', () => {
  let app: TestApp;
  let holder: { account: { id: string; username: string }; token: string };

  beforeAll(async () => {
    app = await createTestApp();
    holder = await createHolder(app.prisma);
  });
  afterAll(() => app.close());

  it('a holder signs in with username and password and reads their account with the token', async () => {
    // given: a holder's credentials
    // when
    const login = await app.exec(Login, { input: { username: holder.account.username, password: PASSWORD } });
    const token = login.data?.login.__typename === 'LoginSuccess' ? login.data.login.token : null;
    const me = await app.exec(WhoAmI, {}, { token });
    // then
    expect(login.data?.login).toMatchObject({ __typename: 'LoginSuccess', principalType: 'HOLDER' });
    expect(me.data?.viewer).toEqual({ principalType: 'HOLDER', account: { username: holder.account.username } });
    expect(await app.prisma.session.count({ where: { principalId: holder.account.id, revokedAt: null } })).toBeGreaterThanOrEqual(2);
  });

  it('a wrong password and an unknown username give the same typed error, with no hint which', async () => {
    // given: a wrong password and a username that does not exist
    // when
    const wrongPassword = await app.exec(Login, { input: { username: holder.account.username, password: 'wrong password' } });
    const unknownUser = await app.exec(Login, { input: { username: 'nobody@aruba.it', password: PASSWORD } });
    // then
    expect(wrongPassword.errors).toBeUndefined();
    expect(wrongPassword.data?.login).toEqual({
      __typename: 'InvalidCredentials',
      code: 'INVALID_CREDENTIALS',
      message: 'Wrong username or password',
      field: null,
    });
    expect(unknownUser.data?.login).toEqual(wrongPassword.data?.login);
  });

  it('the credentials error is in Italian with Accept-Language: it', async () => {
    // given / when
    const res = await app.exec(Login, { input: { username: 'nobody@aruba.it', password: 'x' } }, { locale: 'it' });
    // then
    expect(res.data?.login).toMatchObject({ __typename: 'InvalidCredentials', message: 'Username o password errati' });
  });

  it('an expired token is refused with UNAUTHENTICATED and HTTP 401', async () => {
    // given: a session that expired one second ago
    const expired = await tokenFor(
      app.prisma,
      { type: 'HOLDER', id: holder.account.id },
      { now: new Date(DEFAULT_NOW.getTime() - 86_400_000), expiresAt: new Date(DEFAULT_NOW.getTime() - 1000) },
    );
    // when
    const res = await app.exec(WhoAmI, {}, { token: expired });
    // then
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(res.data?.viewer).toBeUndefined();
  });

  it('a revoked token (after logout) is refused with UNAUTHENTICATED and HTTP 401', async () => {
    // given: a token whose session is ended by logout
    const token = await tokenFor(app.prisma, { type: 'HOLDER', id: holder.account.id });
    const logout = await app.exec(Logout, { input: {} }, { token });
    // when
    const res = await app.exec(WhoAmI, {}, { token });
    // then
    expect(logout.data?.logout).toEqual({ __typename: 'LogoutSuccess', revoked: true, revokedSessions: 1 });
    const stored = await app.prisma.session.findMany({ where: { principalId: holder.account.id, revokedAt: { not: null } } });
    expect(stored).toHaveLength(1);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('logout(everywhere: true) revokes every session of the principal, and no one else’s', async () => {
    // given: a holder signed in on three devices, and another holder
    const { account, token: first } = await createHolder(app.prisma);
    const devices = [
      first,
      await tokenFor(app.prisma, { type: 'HOLDER', id: account.id }),
      await tokenFor(app.prisma, { type: 'HOLDER', id: account.id }),
    ];
    const other = await createHolder(app.prisma);
    // when
    const logout = await app.exec(Logout, { input: { everywhere: true } }, { token: devices[0] });
    // then
    expect(logout.data?.logout).toEqual({ __typename: 'LogoutSuccess', revoked: true, revokedSessions: 3 });
    for (const token of devices) expect((await app.exec(WhoAmI, {}, { token })).status).toBe(401);
    expect((await app.exec(WhoAmI, {}, { token: other.token })).data?.viewer?.account?.username).toBe(other.account.username);
  });

  it('logout without everywhere ends only the session of the request', async () => {
    // given
    const { account } = await createHolder(app.prisma);
    const [mine, elsewhere] = [
      await tokenFor(app.prisma, { type: 'HOLDER', id: account.id }),
      await tokenFor(app.prisma, { type: 'HOLDER', id: account.id }),
    ];
    // when
    await app.exec(Logout, { input: { everywhere: false } }, { token: mine });
    // then
    expect((await app.exec(WhoAmI, {}, { token: mine })).status).toBe(401);
    expect((await app.exec(WhoAmI, {}, { token: elsewhere })).status).toBe(200);
  });

  it('an unknown token is refused with UNAUTHENTICATED, not treated as anonymous', async () => {
    // given / when
    const res = await app.exec(WhoAmI, {}, { token: 'made-up-token' });
    // then
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('without a token the request is anonymous: viewer is null', async () => {
    // given / when
    const res = await app.exec(WhoAmI);
    // then
    expect(res.status).toBe(200);
    expect(res.data?.viewer).toBeNull();
  });
});
