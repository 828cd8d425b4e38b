import { SignJWT } from 'jose';
import { IAT_SKEW_S } from '../../src/auth/authenticate';
import { ConfigError, loadConfig } from '../../src/config';
import { withEmptyApi } from '../helpers/demo-api';
import { startTestServer, type TestServer } from '../helpers/server';

// Threat (issue 17, row 11): admin JWTs that never expire, live for ten years or claim to be issued in
// the future were accepted. A stolen token of that kind works forever.

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const ISSUER = 'https://issuer.test';
const AUDIENCE = 'partnership-graph';
const DAY = 86_400;
const now = () => Math.floor(Date.now() / 1000);

/** An admin HS256 token with exactly the time claims given (none unless set). */
function adminToken(times: { exp?: number; iat?: number }): Promise<string> {
  const jwt = new SignJWT({ roles: ['admin'], ...times })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('admin-1')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE);
  return jwt.sign(new TextEncoder().encode(SECRET));
}

// Deleting an id that does not exist needs the admin role and writes nothing: NOT_FOUND proves the
// token was accepted as admin; a refused token gets HTTP 401.
const ADMIN_PROBE = 'mutation { deleteEntity(id: "credentials-test-missing") { id } }';

describe('credentials: JWT lifetime', () => {
  const suite = withEmptyApi();
  let api: TestServer;
  let shortApi: TestServer;
  const jwtEnv = { JWT_SECRET: SECRET, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, ANONYMOUS_ROLE: 'none' };
  beforeAll(async () => {
    api = await startTestServer(suite.db, { auth: loadConfig(jwtEnv).auth });
    shortApi = await startTestServer(suite.db, { auth: loadConfig({ ...jwtEnv, JWT_MAX_TTL_S: '600' }).auth });
  });
  afterAll(async () => {
    await api?.close();
    await shortApi?.close();
  });

  const send = async (server: TestServer, token: string) => {
    const res = await server.gql(ADMIN_PROBE, {}, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message };
  };
  const accepted = { status: 200, code: 'NOT_FOUND', message: 'No entity with id "credentials-test-missing"' };

  it('accepts an admin JWT that lives one hour (the control: the probe reaches the resolver as admin)', async () => {
    expect(await send(api, await adminToken({ iat: now(), exp: now() + 3600 }))).toEqual(accepted);
  });

  it('refuses an admin JWT without exp with 401 and the reason', async () => {
    expect(await send(api, await adminToken({ iat: now() }))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'authorization: the token has no "exp" claim; this server accepts only tokens that expire',
    });
    // Without iat either: nothing to measure from, still refused.
    expect((await send(api, await adminToken({}))).message).toBe(
      'authorization: the token has no "exp" claim; this server accepts only tokens that expire',
    );
  });

  it('refuses an admin JWT whose exp is ten years ahead (exp − iat over JWT_MAX_TTL_S, default 24 h)', async () => {
    const iat = now();
    expect(await send(api, await adminToken({ iat, exp: iat + 3650 * DAY }))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: `authorization: the token lives ${3650 * DAY} s (exp − iat); this server accepts at most ${DAY} s (JWT_MAX_TTL_S)`,
    });
  });

  it('measures a JWT without iat from now: exp ten years ahead is refused, exp one hour ahead accepted', async () => {
    const refused = await send(api, await adminToken({ exp: now() + 3650 * DAY }));
    expect(refused.status).toBe(401);
    const [, lives] =
      /^authorization: the token lives (\d+) s \(exp − now\); this server accepts at most 86400 s \(JWT_MAX_TTL_S\)$/.exec(
        refused.message ?? '',
      ) ?? [];
    // measured from the server's clock a moment later
    expect(Math.abs(Number(lives) - 3650 * DAY)).toBeLessThanOrEqual(2);
    expect(await send(api, await adminToken({ exp: now() + 3600 }))).toEqual(accepted);
  });

  it('draws the lifetime line exactly at JWT_MAX_TTL_S: 24 h accepted, 24 h + 1 s refused', async () => {
    const iat = now();
    expect(await send(api, await adminToken({ iat, exp: iat + DAY }))).toEqual(accepted);
    const over = await send(api, await adminToken({ iat, exp: iat + DAY + 1 }));
    expect(over).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: `authorization: the token lives ${DAY + 1} s (exp − iat); this server accepts at most ${DAY} s (JWT_MAX_TTL_S)`,
    });
  });

  it('refuses an admin JWT issued in the future (iat an hour ahead), allowing 60 s of clock skew', async () => {
    const iat = now() + 3600;
    const future = await send(api, await adminToken({ iat, exp: iat + 600 }));
    expect(future.status).toBe(401);
    expect(future.code).toBe('UNAUTHENTICATED');
    expect(future.message).toMatch(
      new RegExp(
        `^authorization: the token's "iat" claim is 3[56]\\d\\d s in the future \\(at most ${IAT_SKEW_S} s of clock skew is allowed\\)$`,
      ),
    );
    // A clock 30 s ahead is tolerated; 120 s ahead is not.
    expect(await send(api, await adminToken({ iat: now() + 30, exp: now() + 600 }))).toEqual(accepted);
    expect((await send(api, await adminToken({ iat: now() + 120, exp: now() + 600 }))).message).toMatch(
      /"iat" claim is 1[12]\d s in the future/,
    );
  });

  it('honours a shorter JWT_MAX_TTL_S (600 s): a one-hour token is refused there', async () => {
    const iat = now();
    expect(await send(shortApi, await adminToken({ iat, exp: iat + 600 }))).toEqual(accepted);
    expect((await send(shortApi, await adminToken({ iat, exp: iat + 3600 }))).message).toBe(
      'authorization: the token lives 3600 s (exp − iat); this server accepts at most 600 s (JWT_MAX_TTL_S)',
    );
  });

  it('does not remember a refused token: the ten-year token is refused again on every request', async () => {
    const token = await adminToken({ iat: now(), exp: now() + 3650 * DAY });
    for (let i = 0; i < 3; i++) expect((await send(api, token)).status).toBe(401);
  });

  it('refuses a JWT_MAX_TTL_S that is not a whole number of seconds from 60 to one year', () => {
    for (const bad of ['0', '59', 'abc', '31536001'])
      expect(() => loadConfig({ JWT_MAX_TTL_S: bad })).toThrow(ConfigError);
    expect(() => loadConfig({ JWT_MAX_TTL_S: 'abc' })).toThrow(/JWT_MAX_TTL_S/);
    expect(loadConfig({ ...jwtEnv }).auth.jwt!.maxTtlS).toBe(DAY);
  });
});
