import { SignJWT } from 'jose';
import { loadConfig } from '../../src/config';
import { importRecords } from '../../src/import/importer';
import type { ParsedRecord } from '../../src/import/records';
import { wipe } from '../helpers/db';
import { withEmptyApi } from '../helpers/demo-api';
import { graphFingerprint } from '../helpers/graph';
import { startTestServer, type TestServer } from '../helpers/server';

// Threat (issue 22, "Ownership"): any editor could change any entity or tie — a competitor's actor, its
// projects, the ties between two other organisations — and could claim an entity by naming itself its owner.
// docs/access.md, "Ownership", says who may change what; these tests hold the API to it.

const KEYS = {
  a: 'ownership-editor-a-key-0123456789',
  b: 'ownership-editor-b-key-0123456789',
  none: 'ownership-editor-none-key-012345',
  admin: 'ownership-admin-key-0123456789ab',
};
const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const ISSUER = 'https://issuer.test';
const AUDIENCE = 'partnership-graph';

type Caller = keyof typeof KEYS | { token: string };

/** The graph every test starts from, imported by an admin with the owners the file gives. */
const FIXTURE: ParsedRecord[] = [
  { kind: 'Organisation', id: 'org-a', name: 'Org A', orgType: 'company' }, // no owner: its own actor
  { kind: 'Organisation', id: 'org-b', name: 'Org B', orgType: 'company', owner: 'org-b' },
  { kind: 'Organisation', id: 'org-c', name: 'Org C', orgType: 'university', owner: 'org-c' },
  { kind: 'Project', id: 'a-project', name: 'A Project', owner: 'org-a' },
  { kind: 'Project', id: 'b-project', name: 'B Project', owner: 'org-b' },
  { kind: 'Cluster', id: 'curated-cluster', name: 'Curated Cluster' }, // owned by no one
]
  .map((entity, i): ParsedRecord => ({ origin: { file: 'fixture', record: `e${i}` }, entity }))
  .concat(
    [
      { type: 'PARTNER_OF', from: 'org-b', to: 'org-c' },
      { type: 'PARTICIPATES_IN', from: 'org-b', to: 'b-project', role: 'lead' },
    ].map((relation, i) => ({ origin: { file: 'fixture', record: `r${i}` }, relation })),
  );

const UPSERT_ORG = 'mutation($input: OrganisationInput!) { upsertOrganisation(input: $input) { id name owner } }';
const UPSERT_PROJECT = 'mutation($input: ProjectInput!) { upsertProject(input: $input) { id name owner } }';
const LINK = 'mutation($input: LinkInput!) { link(input: $input) { kind } }';
const UNLINK = 'mutation($input: UnlinkInput!) { unlink(input: $input) }';
const DELETE = 'mutation($id: ID!) { deleteEntity(id: $id) { id } }';

describe('ownership: an editor changes only what its organisation owns', () => {
  const suite = withEmptyApi();
  let api: TestServer;
  beforeAll(async () => {
    const auth = loadConfig({
      API_KEYS: `editor-a@org-a:editor:${KEYS.a},editor-b@org-b:editor:${KEYS.b},editor-none:editor:${KEYS.none},owner-admin:admin:${KEYS.admin}`,
      JWT_SECRET: SECRET,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
    }).auth;
    api = await startTestServer(suite.db, { auth });
  });
  afterAll(() => api?.close());
  beforeEach(async () => {
    await wipe(suite.db);
    await importRecords(suite.db, FIXTURE);
  });

  const call = (as: Caller, query: string, variables: Record<string, unknown> = {}) =>
    api.gql(query, variables, {
      headers: { authorization: `Bearer ${typeof as === 'string' ? KEYS[as] : as.token}` },
    });
  /** The first error's code, message and extensions, or OK. */
  const outcome = async (as: Caller, query: string, variables: Record<string, unknown> = {}) => {
    const res = await call(as, query, variables);
    const e = res.errors?.[0];
    return e
      ? { code: e.extensions.code, message: e.message, extensions: e.extensions }
      : { code: 'OK', data: res.data };
  };
  const read = async (id: string) =>
    (await call('admin', 'query($id: ID!) { entity(id: $id) { id name owner } }', { id })).data.entity;

  it('keeps the owners an admin’s import gives, and shows them as `owner`', async () => {
    expect(await read('b-project')).toEqual({ id: 'b-project', name: 'B Project', owner: 'org-b' });
    expect(await read('org-a')).toEqual({ id: 'org-a', name: 'Org A', owner: null });
    expect(await read('curated-cluster')).toMatchObject({ owner: null });
  });

  it('refuses an import whose owner is not an entity id, naming the record and field', async () => {
    const bad: ParsedRecord = {
      origin: { file: 'bad.json', record: 'entities[0]' },
      entity: { kind: 'Cluster', id: 'bad-owner', name: 'Bad', owner: 'Org B!' },
    };
    await expect(importRecords(suite.db, [bad])).rejects.toThrow(
      /bad\.json entities\[0\] \(id "bad-owner"\): field "owner": expected an entity id \(the owning organisation\), got "Org B!"/,
    );
  });

  it('editor of org A cannot change B’s actor, B’s project, or a tie between B and C: FORBIDDEN naming the entity and its owner, nothing written', async () => {
    const before = await graphFingerprint(suite.db);
    expect(await outcome('a', UPSERT_ORG, { input: { id: 'org-b', name: 'Taken', orgType: 'COMPANY' } })).toEqual({
      code: 'FORBIDDEN',
      message: '"org-b" is owned by "org-b"; editor-a acts for "org-a" and may change only what "org-a" owns',
      extensions: { code: 'FORBIDDEN', id: 'org-b', owner: 'org-b', org: 'org-a' },
    });
    expect(await outcome('a', UPSERT_PROJECT, { input: { id: 'b-project', name: 'Taken' } })).toMatchObject({
      code: 'FORBIDDEN',
      extensions: { id: 'b-project', owner: 'org-b', org: 'org-a' },
    });
    expect(await outcome('a', DELETE, { id: 'b-project' })).toMatchObject({
      code: 'FORBIDDEN',
      message: '"b-project" is owned by "org-b"; editor-a acts for "org-a" and may change only what "org-a" owns',
    });
    const tie = { kind: 'PARTNER_OF', from: 'org-b', to: 'org-c' };
    for (const [query, input] of [
      [LINK, { ...tie, note: 'rewritten by A' }],
      [UNLINK, tie],
      [LINK, { kind: 'PARTICIPATES_IN', from: 'org-c', to: 'b-project' }],
    ] as const)
      expect(await outcome('a', query, { input })).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringMatching(
          /^the (PARTNER_OF|PARTICIPATES_IN) tie from "org-(b|c)" \(owned by "org-(b|c)"\)/,
        ),
        extensions: { id: input.from, other: input.to, org: 'org-a' },
      });
    expect(await outcome('a', UNLINK, { input: tie })).toMatchObject({
      message:
        'the PARTNER_OF tie from "org-b" (owned by "org-b") to "org-c" (owned by "org-c"): editor-a acts for "org-a" and may change only ties at an entity "org-a" is or owns',
      extensions: { owner: 'org-b', otherOwner: 'org-c' },
    });
    // Entities owned by no one (the curated demo data) are the admins’.
    expect(await outcome('a', DELETE, { id: 'curated-cluster' })).toMatchObject({
      code: 'FORBIDDEN',
      extensions: { id: 'curated-cluster', owner: null },
    });
    expect(await graphFingerprint(suite.db)).toEqual(before);
  });

  it('editor of org A changes its own actor, what it created, and ties where A is an end or owns an end', async () => {
    const own = await outcome('a', UPSERT_ORG, { input: { id: 'org-a', name: 'Org A renamed', orgType: 'COMPANY' } });
    expect(own).toEqual({
      code: 'OK',
      data: { upsertOrganisation: { id: 'org-a', name: 'Org A renamed', owner: null } },
    });
    const created = await outcome('a', UPSERT_PROJECT, { input: { id: 'a-new-project', name: 'New' } });
    expect(created).toEqual({
      code: 'OK',
      data: { upsertProject: { id: 'a-new-project', name: 'New', owner: 'org-a' } },
    });
    // An update without `owner` keeps it: an upsert replaces the record, never its owner by omission.
    expect(await outcome('a', UPSERT_PROJECT, { input: { id: 'a-project', name: 'A renamed' } })).toEqual({
      code: 'OK',
      data: { upsertProject: { id: 'a-project', name: 'A renamed', owner: 'org-a' } },
    });
    for (const input of [
      { kind: 'PARTNER_OF', from: 'org-a', to: 'org-b' }, // A is an end
      { kind: 'PARTICIPATES_IN', from: 'org-c', to: 'a-project', role: 'PARTNER' }, // A owns an end
      { kind: 'PARTICIPATES_IN', from: 'org-b', to: 'a-new-project' },
    ])
      expect(await outcome('a', LINK, { input })).toMatchObject({ code: 'OK' });
    expect(await outcome('a', UNLINK, { input: { kind: 'PARTNER_OF', from: 'org-a', to: 'org-b' } })).toEqual({
      code: 'OK',
      data: { unlink: true },
    });
    expect(await outcome('a', DELETE, { id: 'a-new-project' })).toMatchObject({ code: 'OK' });
    expect(await read('a-new-project')).toBeNull();
  });

  it('an editor cannot take ownership by upserting B’s entity with `owner` set to itself, nor give what it creates to another', async () => {
    const before = await graphFingerprint(suite.db);
    expect(
      await outcome('a', UPSERT_PROJECT, { input: { id: 'b-project', name: 'B Project', owner: 'org-a' } }),
    ).toMatchObject({ code: 'FORBIDDEN', extensions: { id: 'b-project', owner: 'org-b', org: 'org-a' } });
    expect(
      await outcome('a', UPSERT_PROJECT, { input: { id: 'a-project', name: 'A Project', owner: 'org-b' } }),
    ).toEqual({
      code: 'FORBIDDEN',
      message:
        'input.owner: editor-a acts for "org-a" and may give only "org-a" as owner, got "org-b"; an admin changes owners',
      extensions: { code: 'FORBIDDEN', field: 'input.owner', id: 'a-project', owner: 'org-a', org: 'org-a' },
    });
    expect(
      await outcome('a', UPSERT_PROJECT, { input: { id: 'gift-project', name: 'Gift', owner: 'org-b' } }),
    ).toMatchObject({ code: 'FORBIDDEN', extensions: { field: 'input.owner', owner: null } });
    expect(await graphFingerprint(suite.db)).toEqual(before);
  });

  it('an editor acting for no organisation changes nothing, and is told why', async () => {
    const before = await graphFingerprint(suite.db);
    for (const [query, variables] of [
      [UPSERT_PROJECT, { input: { id: 'orphan-project', name: 'Orphan' } }],
      [LINK, { input: { kind: 'PARTNER_OF', from: 'org-b', to: 'org-c' } }],
      [DELETE, { id: 'curated-cluster' }],
    ] as const)
      expect(await outcome('none', query, variables)).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringMatching(/^editor-none acts for no organisation, so it may change nothing/),
      });
    expect(await graphFingerprint(suite.db)).toEqual(before);
  });

  it('an admin changes everything and gives owners; the new owner’s editors may then change it, the old one’s not', async () => {
    expect(
      await outcome('admin', UPSERT_PROJECT, { input: { id: 'b-project', name: 'Moved', owner: 'org-a' } }),
    ).toMatchObject({ code: 'OK', data: { upsertProject: { owner: 'org-a' } } });
    expect(await outcome('admin', UPSERT_PROJECT, { input: { id: 'b-project', name: 'Kept' } })).toMatchObject({
      data: { upsertProject: { owner: 'org-a' } },
    });
    expect(await outcome('b', UPSERT_PROJECT, { input: { id: 'b-project', name: 'B again' } })).toMatchObject({
      code: 'FORBIDDEN',
      extensions: { owner: 'org-a', org: 'org-b' },
    });
    expect(await outcome('a', UPSERT_PROJECT, { input: { id: 'b-project', name: 'A now' } })).toMatchObject({
      code: 'OK',
    });
    const tie = { kind: 'PARTNER_OF', from: 'org-b', to: 'org-c' };
    expect(await outcome('admin', LINK, { input: { ...tie, note: 'admin' } })).toMatchObject({ code: 'OK' });
    expect(await outcome('admin', UNLINK, { input: tie })).toMatchObject({ data: { unlink: true } });
    expect(await outcome('admin', DELETE, { id: 'curated-cluster' })).toMatchObject({ code: 'OK' });
  });

  describe('an organisation claimed in a JWT', () => {
    const token = (claims: Record<string, unknown>, secret = SECRET) =>
      new SignJWT({ roles: ['editor'], ...claims })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('jwt-editor')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(secret));
    const edit = { input: { id: 'b-project', name: 'Through a token' } };

    it('acts for the organisation a signed token names (the control)', async () => {
      expect(await outcome({ token: await token({ org: 'org-b' }) }, UPSERT_PROJECT, edit)).toMatchObject({
        code: 'OK',
        data: { upsertProject: { owner: 'org-b' } },
      });
      expect(await outcome({ token: await token({ org: 'org-a' }) }, UPSERT_PROJECT, edit)).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringContaining('jwt-editor acts for "org-a"'),
      });
    });

    it('refuses a forged org claim (signed with another key, or unsigned) with 401 UNAUTHENTICATED, writing nothing', async () => {
      const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
        JSON.stringify({
          roles: ['editor'],
          org: 'org-b',
          sub: 'forger',
          iss: ISSUER,
          aud: AUDIENCE,
          exp: Math.floor(Date.now() / 1000) + 300,
        }),
      ).toString('base64url')}.`;
      const forged = await token({ org: 'org-b' }, 'another-secret-of-at-least-thirty-two-chars');
      for (const [t, message] of [
        [forged, 'authorization: the token signature does not verify'],
        [unsigned, 'authorization: the token is signed with an algorithm this server does not accept'],
      ]) {
        const res = await call({ token: t }, UPSERT_PROJECT, edit);
        expect({ status: res.status, code: res.errors?.[0].extensions.code, message: res.errors?.[0].message }).toEqual(
          {
            status: 401,
            code: 'UNAUTHENTICATED',
            message,
          },
        );
      }
      expect(await read('b-project')).toMatchObject({ name: 'B Project' });
    });

    it('refuses a signed token whose org claim is not an entity id (not read as "no organisation")', async () => {
      for (const org of ['Org B', 'org-b; MATCH (n) DETACH DELETE n', 42, ['org-b']]) {
        const res = await call({ token: await token({ org }) }, UPSERT_PROJECT, edit);
        expect({ status: res.status, code: res.errors?.[0].extensions.code, message: res.errors?.[0].message }).toEqual(
          {
            status: 401,
            code: 'UNAUTHENTICATED',
            message: 'authorization: the token\'s "org" claim is not an entity id',
          },
        );
      }
    });
  });

  describe('races: the check holds the entity’s lock until the write commits', () => {
    const ROUNDS = 12;

    it(`an admin moving an entity to another owner while its old owner edits it: the old owner's edit never lands after the move (${ROUNDS} rounds)`, async () => {
      const editor: Record<string, number> = {};
      for (let i = 0; i < ROUNDS; i++) {
        await call('admin', UPSERT_PROJECT, { input: { id: 'a-project', name: 'Start', owner: 'org-a' } });
        const [moved, edited] = await Promise.all([
          outcome('admin', UPSERT_PROJECT, { input: { id: 'a-project', name: `moved-${i}`, owner: 'org-b' } }),
          outcome('a', UPSERT_PROJECT, { input: { id: 'a-project', name: `edited-${i}` } }),
        ]);
        expect(moved.code).toBe('OK');
        editor[edited.code] = (editor[edited.code] ?? 0) + 1;
        // A's edit committed first (and the move replaced it), or it was refused: either way the move stays.
        expect({ i, final: await read('a-project') }).toEqual({
          i,
          final: { id: 'a-project', name: `moved-${i}`, owner: 'org-b' },
        });
        if (edited.code !== 'OK') expect(edited).toMatchObject({ code: 'FORBIDDEN', extensions: { owner: 'org-b' } });
      }
      console.log(`ownership race: editor outcomes over ${ROUNDS} rounds ${JSON.stringify(editor)}`);
    });

    it(`two organisations creating the same new id at once: one owns it, the other is refused (${ROUNDS} rounds)`, async () => {
      const winners: Record<string, number> = {};
      for (let i = 0; i < ROUNDS; i++) {
        const id = `contested-${i}`;
        const [a, b] = await Promise.all(
          (['a', 'b'] as const).map((as) => outcome(as, UPSERT_PROJECT, { input: { id, name: `by ${as}` } })),
        );
        const won = [a, b].filter((o) => o.code === 'OK');
        expect({ i, won: won.length }).toEqual({ i, won: 1 });
        const winner = a.code === 'OK' ? 'a' : 'b';
        winners[winner] = (winners[winner] ?? 0) + 1;
        expect(await read(id)).toEqual({ id, name: `by ${winner}`, owner: `org-${winner}` });
        expect((winner === 'a' ? b : a).code).toBe('FORBIDDEN');
      }
      console.log(`ownership race: creators that won over ${ROUNDS} rounds ${JSON.stringify(winners)}`);
    });
  });
});
