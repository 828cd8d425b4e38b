import { SignJWT, type JWTPayload } from 'jose';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/driver';
import { recordChanges, type ChangeRecord } from '../../src/modules/history/history.writer';
import { defaultServerOptions } from '../../src/server';
import { testDatabase, wipe } from '../helpers/db';
import { CHANGES, cursorNow, openFeed, type FeedSocket } from '../helpers/feed-client';
import { startTestServer, TEST_API_KEYS, type TestServer } from '../helpers/server';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const ISSUER = 'https://issuer.test';
const AUDIENCE = 'partnership-graph';
const KEY = (who: string) => `${who}-feed-key-0123456789abcdef`;
// Editors of organisations A, B and C, and a viewer of M, a member of A (it sees A's PARTNERS ties).
const ORG_KEYS = ['a', 'b', 'c']
  .map((o) => `${o}-editor@org-${o}:editor:${KEY(o)}`)
  .concat(`m-viewer@org-m:viewer:${KEY('m')}`, `admin:admin:${TEST_API_KEYS.admin}`)
  .join(',');

async function jwt(claims: JWTPayload, options: { secret?: string; expires?: number | string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('feed-user')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '5m')
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
}

/** Appends changes to the history log exactly as the contract says writers do (one transaction). */
async function record(db: Database, changes: ChangeRecord[]): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite((tx) => recordChanges(tx, { by: 'test', org: null, source: 'mutation' }, changes));
  } finally {
    await session.close();
  }
}

const tie = (relation: string, visibility: string | null, from = 'org-a', to = 'org-b'): ChangeRecord => ({
  op: 'LINK',
  entity: from,
  kind: 'Organisation',
  other: to,
  relation,
  before: null,
  after: visibility ? { visibility } : {},
});
const created = (id: string, kind = 'Organisation'): ChangeRecord => ({
  op: 'CREATE',
  entity: id,
  kind,
  before: null,
  after: { id, name: id },
});

describe('the change feed: who may connect and what each subscriber sees', () => {
  let db: Database;
  let api: TestServer;
  const sockets: FeedSocket[] = [];
  const open = async (payload?: Record<string, unknown>) => {
    const socket = await openFeed(api.url, payload);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    db = await testDatabase();
    await wipe(db);
    // M is a member of A: PARTNERS ties of A are visible to it.
    await db.driver.executeQuery(
      "CREATE (:Entity:Organisation {id: 'org-m', name: 'M'})-[:MEMBER_OF]->(:Entity:Organisation {id: 'org-a', name: 'A'})",
    );
    const auth = loadConfig({
      API_KEYS: ORG_KEYS,
      JWT_SECRET: SECRET,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
    }).auth;
    api = await startTestServer(db, {
      auth,
      limits: { ...defaultServerOptions().limits, feedPollMs: 50, wsMaxSubscriptions: 2 },
    });
  });
  afterAll(async () => {
    for (const s of sockets) s.ws.terminate();
    await api?.close();
    await wipe(db);
    await db.driver.close();
  });

  it('refuses forged, expired and unknown credentials at connection_init with 4401, and a viewer without a role with 4403', async () => {
    const cases = [
      { authorization: `Bearer ${await jwt({ roles: ['admin'] }, { secret: 'x'.repeat(40) })}` },
      { authorization: `Bearer ${await jwt({ roles: ['admin'] }, { expires: Math.floor(Date.now() / 1000) - 120 })}` },
      { 'x-api-key': 'an-unknown-key-0123456789abcdef' },
      { authorization: 'Basic dXNlcjpwYXNz' },
    ];
    const refused = [];
    for (const payload of cases) {
      const socket = await open(payload);
      refused.push({ acknowledged: socket.acknowledged, ...(await socket.closed) });
    }
    expect(refused.map((r) => [r.acknowledged, r.code])).toEqual(cases.map(() => [false, 4401]));
    expect(refused[0].reason).toMatch(/signature does not verify/);
    expect(refused[1].reason).toMatch(/expired/);
    expect(refused[2].reason).toMatch(/unknown API key/);

    const roleless = await open({ authorization: `Bearer ${await jwt({ roles: [] })}` });
    expect([roleless.acknowledged, (await roleless.closed).code]).toEqual([false, 4403]);

    // A forged token never gets a subscription either: subscribe before connection_init is 4401 (graphql-ws).
    const valid = await open({ authorization: `Bearer ${await jwt({ roles: ['viewer'] })}` });
    expect(valid.acknowledged).toBe(true);
  });

  it('closes a connection when its token expires', async () => {
    const socket = await open({
      authorization: `Bearer ${await jwt({ roles: ['viewer'] }, { expires: Math.floor(Date.now() / 1000) + 2 })}`,
    });
    expect(socket.acknowledged).toBe(true);
    expect(await socket.closed).toEqual({ code: 4401, reason: 'Unauthorized: the token has expired' });
  });

  it('a subscriber of organisation C never receives a PRIVATE tie change of A–B, while A, B and admins do', async () => {
    const after = await cursorNow(db);
    const viewers = {
      anonymous: undefined,
      c: { 'x-api-key': KEY('c') },
      a: { authorization: `Bearer ${KEY('a')}` },
      b: { 'x-api-key': KEY('b') },
      member: { 'x-api-key': KEY('m') },
      admin: { 'x-api-key': TEST_API_KEYS.admin },
      cByJwt: { authorization: `Bearer ${await jwt({ roles: ['editor'], org: 'org-c' })}` },
    };
    const subscribers = Object.fromEntries(
      await Promise.all(
        Object.entries(viewers).map(async ([name, payload]) => {
          const socket = await open(payload);
          socket.subscribe('1', CHANGES, { after });
          return [name, socket] as const;
        }),
      ),
    );
    await record(db, [tie('PARTNER_OF', 'PRIVATE')]);
    await record(db, [tie('FOUNDED', 'PARTNERS'), tie('PARTNER_OF', null, 'org-c', 'org-b')]);
    // A tie made PRIVATE is as confidential as its most restricted state: not announced to those who saw it PUBLIC.
    await record(db, [{ ...tie('FOUNDED', null), op: 'RELINK', before: {}, after: { visibility: 'PRIVATE' } }]);
    await record(db, [created('marker')]);

    const seen: Record<string, string[]> = {};
    for (const [name, socket] of Object.entries(subscribers)) {
      await socket.until(() => socket.changes('1').some((c) => c.entity === 'marker'), `the marker at ${name}`);
      seen[name] = socket
        .changes('1')
        .map((c) => `${c.op} ${c.entity}${c.other ? `→${c.other}` : ''} ${c.relation ?? ''}`.trim());
    }
    const all = [
      'LINK org-a→org-b PARTNER_OF',
      'LINK org-a→org-b FOUNDED',
      'LINK org-c→org-b PARTNER_OF',
      'RELINK org-a→org-b FOUNDED',
      'CREATE marker',
    ];
    const publicOnly = ['LINK org-c→org-b PARTNER_OF', 'CREATE marker'];
    expect(seen).toEqual({
      anonymous: publicOnly,
      c: publicOnly,
      cByJwt: publicOnly,
      a: all,
      b: all,
      admin: all,
      // PARTNERS ties of A, not its PRIVATE ones.
      member: ['LINK org-a→org-b FOUNDED', ...publicOnly],
    });
  });

  it('filters by `around` (either end of a tie) and `kinds`', async () => {
    const after = await cursorNow(db);
    const socket = await open({ 'x-api-key': TEST_API_KEYS.admin });
    socket.subscribe('around', CHANGES, { after, around: ['org-z'] });
    socket.subscribe('kinds', CHANGES, { after, kinds: ['PROJECT'] });
    await record(db, [
      tie('PARTNER_OF', null, 'org-y', 'org-z'),
      created('org-z'),
      created('a-project', 'Project'),
      created('org-q'),
    ]);
    await record(db, [created('org-z-end'), created('end', 'Project'), { ...created('org-z'), op: 'UPDATE' }]);
    await socket.until(() => socket.changes('around').length === 3 && socket.changes('kinds').length === 2, 'both');
    expect(socket.changes('around').map((c) => [c.op, c.entity])).toEqual([
      ['LINK', 'org-y'],
      ['CREATE', 'org-z'],
      ['UPDATE', 'org-z'],
    ]);
    expect(socket.changes('kinds').map((c) => [c.kind, c.entity])).toEqual([
      ['PROJECT', 'a-project'],
      ['PROJECT', 'end'],
    ]);
  });

  it('a malformed cursor is refused with an error naming `after`', async () => {
    const socket = await open();
    for (const [id, after] of [
      ['garbage', 'not-a-cursor'],
      ['list-cursor', Buffer.from(JSON.stringify(['name', 'ASC', 'x', 'y'])).toString('base64url')],
    ]) {
      socket.subscribe(id, CHANGES, { after });
      await socket.until((m) => m.some((x) => x.id === id && x.type === 'complete'), `${id} completed`);
      const [next] = socket.messages.filter((m) => m.id === id && m.type === 'next');
      expect(next.payload.data ?? null).toBeNull();
      expect(next.payload.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
      expect(next.payload.errors[0].message).toMatch(
        /^after: expected a cursor returned by history or the change feed/,
      );
    }
  });

  it('holds WebSocket operations to the HTTP limits: subscriptions only, MAX_ALIASES, WS_MAX_SUBSCRIPTIONS', async () => {
    const socket = await open();
    const errorOf = async (id: string) => {
      await socket.until((m) => m.some((x) => x.id === id && x.type === 'error'), `an error for ${id}`);
      return socket.messages.find((m) => m.id === id && m.type === 'error')!.payload[0];
    };
    socket.subscribe('query', '{ health { version } }');
    expect(await errorOf('query')).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: cursor`).join(' ');
    socket.subscribe('aliases', `subscription { changes { ${aliases} } }`);
    expect(await errorOf('aliases')).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_ALIASES' },
    });
    socket.subscribe('s1', CHANGES);
    socket.subscribe('s2', CHANGES);
    socket.subscribe('s3', CHANGES);
    expect(await errorOf('s3')).toMatchObject({
      extensions: { code: 'BAD_REQUEST', limit: 'WS_MAX_SUBSCRIPTIONS', max: 2 },
    });
    // Over HTTP a subscription is refused, saying where subscriptions are served.
    const http = await api.gql('subscription { changes { cursor } }');
    expect([http.status, http.errors?.[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    expect(http.errors?.[0].message).toMatch(/WebSocket \(the graphql-ws protocol\)/);
  });
});
