import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { loadConfig, type AuthConfig } from '../../src/config';
import { withDemoApi } from '../helpers/demo-api';
import { startTestServer, TEST_API_KEYS, type TestServer } from '../helpers/server';

const UPSERT = 'mutation($id: ID!) { upsertCluster(input: {id: $id, name: "Auth Test Cluster"}) { id } }';
const READ = '{ entity(id: "malopolska") { id name } }';
const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const ISSUER = 'https://issuer.test';
const AUDIENCE = 'partnership-graph';

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

async function hs256(
  claims: JWTPayload,
  options: { secret?: string; issuer?: string; audience?: string; expires?: string | number } = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('user-42')
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '5m')
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
}

describe('authentication and roles', () => {
  const suite = withDemoApi();
  const exists = async (id: string) =>
    (await suite.api.gql('query($id: ID!) { entity(id: $id) { id } }', { id }, { as: 'admin' })).data.entity !== null;

  it('lets anonymous requests read, and asks them to sign in for a mutation (nothing written)', async () => {
    const read = await suite.api.gql(READ);
    expect(read.data.entity.name).toBe('Małopolska');
    const write = await suite.api.gql(UPSERT, { id: 'auth-anonymous' });
    expect(write.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, path: ['upsertCluster'] });
    expect(write.errors![0].message).toBe(
      'Mutation.upsertCluster needs the editor or admin role: send a bearer token or API key that carries it',
    );
    expect(await exists('auth-anonymous')).toBe(false);
  });

  it('gives each role what it may do: viewer and analyst cannot write, editor and admin can', async () => {
    for (const as of ['viewer', 'analyst'] as const) {
      const res = await suite.api.gql(UPSERT, { id: `auth-${as}` }, { as });
      expect(res.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(res.errors![0].message).toBe(
        `Mutation.upsertCluster needs the editor or admin role; test-${as} has ${as}`,
      );
      expect(await exists(`auth-${as}`)).toBe(false);
    }
    for (const as of ['editor', 'admin'] as const) {
      const res = await suite.api.gql(UPSERT, { id: `auth-${as}` }, { as });
      expect(res.errors).toBeUndefined();
      expect(await exists(`auth-${as}`)).toBe(true);
      await suite.api.gql('mutation($id: ID!) { deleteEntity(id: $id) { id } }', { id: `auth-${as}` }, { as: 'admin' });
    }
  });

  it('accepts API keys as a bearer token or in x-api-key, and refuses unknown ones with 401', async () => {
    const viaHeader = await suite.api.gql(READ, {}, { headers: { 'x-api-key': TEST_API_KEYS.viewer } });
    expect(viaHeader.data.entity.id).toBe('malopolska');
    for (const headers of <Record<string, string>[]>[
      { 'x-api-key': 'not-a-key' },
      { authorization: 'Bearer not-a-key' },
      { authorization: 'Basic dXNlcjpwYXNz' },
    ]) {
      const res = await suite.api.gql(READ, {}, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(res.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(res.errors![0].message).toMatch(
        /^(x-api-key: unknown API key|authorization: (unknown API key|expected "Bearer <token>"))/,
      );
    }
  });

  it('refuses requests without credentials when anonymous access is off', async () => {
    const closed = await startTestServer(suite.db, {
      auth: { ...loadConfig({ ANONYMOUS_ROLE: 'none' }).auth, apiKeys: [] },
    });
    try {
      const res = await closed.gql(READ);
      expect(res.status).toBe(401);
      expect(res.errors![0].message).toMatch(/needs credentials/);
    } finally {
      await closed.close();
    }
  });

  describe('with HS256 JWTs', () => {
    let jwtApi: TestServer;
    beforeAll(async () => {
      const auth = loadConfig({ JWT_SECRET: SECRET, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE }).auth;
      jwtApi = await startTestServer(suite.db, { auth });
    });
    afterAll(() => jwtApi.close());

    it('takes roles from the token: a list or a space-separated string, unknown names ignored', async () => {
      const editor = await jwtApi.gql(
        UPSERT,
        { id: 'auth-jwt' },
        // An editor acts for an organisation (docs/access.md, "Ownership"): without one it may change nothing.
        bearer(await hs256({ roles: ['editor', 'superuser'], org: 'auth-jwt-org' })),
      );
      expect(editor.errors).toBeUndefined();
      const viewer = await jwtApi.gql(UPSERT, { id: 'auth-jwt-2' }, bearer(await hs256({ roles: 'viewer reader' })));
      expect(viewer.errors![0].message).toBe(
        'Mutation.upsertCluster needs the editor or admin role; user-42 has viewer',
      );
      const none = await jwtApi.gql(UPSERT, { id: 'auth-jwt-3' }, bearer(await hs256({})));
      expect(none.errors![0].message).toBe(
        'Mutation.upsertCluster needs the editor or admin role; user-42 has no role',
      );
      const analyst = await jwtApi.gql(
        '{ analystQuery(cypher: "RETURN 1 AS one") { rows } }',
        {},
        bearer(await hs256({ roles: 'analyst' })),
      );
      expect(analyst.data.analystQuery.rows).toEqual([{ one: 1 }]);
      await jwtApi.gql('mutation { deleteEntity(id: "auth-jwt") { id } }', {}, { as: 'admin' });
    });

    it('remembers a verified token only until it expires', async () => {
      const token = await hs256({ roles: ['viewer'] }, { expires: Math.floor(Date.now() / 1000) + 2 });
      expect((await jwtApi.gql(READ, {}, bearer(token))).data.entity.id).toBe('malopolska');
      expect((await jwtApi.gql(READ, {}, bearer(token))).data.entity.id).toBe('malopolska'); // served from the cache
      await new Promise((r) => setTimeout(r, 2_000 + 5_000 + 500)); // past exp and the 5 s clock tolerance
      const late = await jwtApi.gql(READ, {}, bearer(token));
      expect({ status: late.status, message: late.errors?.[0]?.message }).toEqual({
        status: 401,
        message: 'authorization: the token has expired',
      });
    });

    it('refuses expired, foreign, mis-addressed, forged and unsigned tokens with 401 and says why', async () => {
      const cases: Array<[string, string]> = [
        [
          await hs256({ roles: ['admin'] }, { expires: Math.floor(Date.now() / 1000) - 60 }),
          'authorization: the token has expired',
        ],
        [
          await hs256({ roles: ['admin'] }, { issuer: 'https://other.test' }),
          `authorization: the token's "iss" claim is not accepted (unexpected "iss" claim value)`,
        ],
        [
          await hs256({ roles: ['admin'] }, { audience: 'another-api' }),
          `authorization: the token's "aud" claim is not accepted (unexpected "aud" claim value)`,
        ],
        [
          await hs256({ roles: ['admin'] }, { secret: 'another-secret-of-at-least-thirty-two-chars' }),
          'authorization: the token signature does not verify',
        ],
        [
          `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(`{"roles":["admin"],"iss":"${ISSUER}","aud":"${AUDIENCE}"}`).toString('base64url')}.`,
          'authorization: the token is signed with an algorithm this server does not accept',
        ],
        ['%%%.abc.def', 'authorization: the token is malformed'],
      ];
      for (const [token, message] of cases) {
        const res = await jwtApi.gql(READ, {}, bearer(token));
        expect({ status: res.status, message: res.errors?.[0]?.message }).toEqual({ status: 401, message });
        expect(res.data ?? null).toBeNull();
      }
    });
  });

  it('verifies RS256 tokens against a JWKS and refuses keys it does not publish', async () => {
    const published = await generateKeyPair('RS256');
    const other = await generateKeyPair('RS256');
    const jwks = { keys: [{ ...(await exportJWK(published.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
    const keyServer = http.createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks)),
    );
    await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/jwks.json`;
    const auth: AuthConfig = loadConfig({ JWT_JWKS_URL: jwksUrl, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE }).auth;
    const api = await startTestServer(suite.db, { auth });
    const sign = (key: Parameters<SignJWT['sign']>[0], kid: string) =>
      new SignJWT({ roles: ['admin'] })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject('svc')
        .setExpirationTime('5m')
        .sign(key);
    try {
      const good = await api.gql(
        '{ analystQuery(cypher: "RETURN 2 AS two") { rows } }',
        {},
        bearer(await sign(published.privateKey, 'k1')),
      );
      expect(good.data.analystQuery.rows).toEqual([{ two: 2 }]);
      const forged = await api.gql(READ, {}, bearer(await sign(other.privateKey, 'k1')));
      expect(forged.errors![0].message).toBe('authorization: the token signature does not verify');
      const unknownKid = await api.gql(READ, {}, bearer(await sign(other.privateKey, 'k2')));
      expect(unknownKid.errors![0].message).toBe('authorization: no signing key of the issuer matches the token');
      const hmac = await api.gql(READ, {}, bearer(await hs256({ roles: ['admin'] })));
      expect(hmac.errors![0].message).toBe(
        'authorization: the token is signed with an algorithm this server does not accept',
      );
    } finally {
      await api.close();
      keyServer.close();
    }
  });
});
