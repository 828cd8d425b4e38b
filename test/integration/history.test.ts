import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/driver';
import { seedDemo } from '../../src/import/demo';
import { testDatabase, wipe } from '../helpers/db';
import { startTestServer, type TestServer } from '../helpers/server';

// Keys with an organisation (name@org:roles:key), so a change can be checked to name who made it and for whom.
const KEYS = {
  editorA: 'history-editor-a-key-0123456789abcdef',
  editorB: 'history-editor-b-key-0123456789abcdef',
  admin: 'history-admin-key-0123456789abcdef',
};
const API_KEYS = `ed-a@org-a:editor:${KEYS.editorA},ed-b@org-b:editor:${KEYS.editorB},root:admin:${KEYS.admin}`;
const as = (who: keyof typeof KEYS) => ({ headers: { authorization: `Bearer ${KEYS[who]}` } });

const HISTORY = `query($id: ID!, $first: Int, $after: String) {
  history(id: $id, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { cursor at by org source op entity kind other relation fields { field before after redacted } } }
  }
}`;

describe('history: every change is recorded with who, when and what', () => {
  let db: Database;
  let api: TestServer;
  beforeAll(async () => {
    db = await testDatabase();
    await wipe(db);
    await seedDemo(db);
    api = await startTestServer(db, { auth: loadConfig({ API_KEYS }).auth });
  });
  afterAll(async () => {
    await api?.close();
    await wipe(db);
    await db.driver.close();
  });

  const history = async (id: string, first = 50, after?: string) => {
    const res = await api.gql(HISTORY, { id, first, after });
    expect(res.errors).toBeUndefined();
    return res.data.history;
  };
  const ok = async (query: string, who: keyof typeof KEYS = 'editorA') => {
    const res = await api.gql(query, {}, as(who));
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const count = async (cypher: string) =>
    (await db.driver.executeQuery(cypher, {}, { database: db.database })).records[0].get(0).toNumber();

  it('an import is recorded as made by "internal" through an import, every field from null', async () => {
    const h = await history('ecri');
    const { kind } = (await api.gql('{ entity(id: "ecri") { kind } }')).data.entity;
    const created = h.edges.map((e: any) => e.node).find((c: any) => c.op === 'CREATE' && c.entity === 'ecri');
    expect(created).toMatchObject({ by: 'internal', org: null, source: 'IMPORT', kind, other: null });
    expect(created.fields).toEqual(
      expect.arrayContaining([{ field: 'id', before: null, after: 'ecri', redacted: false }]),
    );
    // Derived fields are not what anybody changed.
    expect(created.fields.map((f: any) => f.field)).not.toContain('sortName');
  });

  it('shows who changed which field, before and after, per entity and per tie; an upsert that changes nothing records nothing', async () => {
    const upsert = (name: string, aliases: string) =>
      ok(`mutation { upsertCluster(input: {id: "h-cluster", name: "${name}", aliases: [${aliases}]}) { id } }`);
    await upsert('History Cluster', '"HC"');
    await upsert('History Cluster', '"HC"'); // nothing moves: no record
    await upsert('History Cluster Renamed', '"HC"');
    await ok(
      'mutation { link(input: {kind: MEMBER_OF, from: "h-cluster", to: "icei-alliance", since: "2020"}) { kind } }',
      'editorB',
    );
    await ok(
      'mutation { link(input: {kind: MEMBER_OF, from: "h-cluster", to: "icei-alliance", since: "2021", note: "n"}) { kind } }',
    );
    await ok('mutation { unlink(input: {kind: MEMBER_OF, from: "h-cluster", to: "icei-alliance"}) }');

    const h = await history('h-cluster');
    const nodes = h.edges.map((e: any) => e.node);
    expect(nodes.map((c: any) => c.op)).toEqual(['UNLINK', 'RELINK', 'LINK', 'UPDATE', 'CREATE']);
    expect(h.totalCount).toBe(5);
    const [unlink, relink, link, update, create] = nodes;
    expect(create).toMatchObject({
      by: 'ed-a',
      org: 'org-a',
      source: 'MUTATION',
      entity: 'h-cluster',
      kind: 'CLUSTER',
    });
    expect(create.fields).toEqual(
      expect.arrayContaining([
        { field: 'name', before: null, after: 'History Cluster', redacted: false },
        { field: 'aliases', before: null, after: ['HC'], redacted: false },
      ]),
    );
    expect(update.fields).toEqual([
      { field: 'name', before: 'History Cluster', after: 'History Cluster Renamed', redacted: false },
    ]);
    expect(link).toMatchObject({ by: 'ed-b', org: 'org-b', op: 'LINK', other: 'icei-alliance', relation: 'MEMBER_OF' });
    expect(link.fields).toEqual([{ field: 'since', before: null, after: '2020', redacted: false }]);
    expect(relink.fields).toEqual([
      { field: 'note', before: null, after: 'n', redacted: false },
      { field: 'since', before: '2020', after: '2021', redacted: false },
    ]);
    expect(unlink.fields).toEqual([
      { field: 'note', before: 'n', after: null, redacted: false },
      { field: 'since', before: '2021', after: null, redacted: false },
    ]);
    // The tie's changes are in the history of its other end too.
    const other = (await history('icei-alliance')).edges.map((e: any) => e.node);
    expect(other.slice(0, 3).map((c: any) => [c.op, c.entity])).toEqual([
      ['UNLINK', 'h-cluster'],
      ['RELINK', 'h-cluster'],
      ['LINK', 'h-cluster'],
    ]);
    // Newest first, by commit order, and each `at` a date-time.
    for (let i = 1; i < nodes.length; i++) expect(nodes[i - 1].at >= nodes[i].at).toBe(true);
    expect(Number.isNaN(Date.parse(create.at))).toBe(false);
  });

  it('pages newest first with cursors; an unknown id has an empty history; a forged cursor is BAD_USER_INPUT', async () => {
    const all = (await history('h-cluster')).edges.map((e: any) => e.node.op);
    const first = await history('h-cluster', 2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await history('h-cluster', 10, first.pageInfo.endCursor);
    expect([...first.edges, ...second.edges].map((e: any) => e.node.op)).toEqual(all);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const unknown = await history('no-such-entity');
    expect(unknown).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const forged = await api.gql(HISTORY, { id: 'h-cluster', after: 'bm90IGEgY3Vyc29y' });
    expect(forged.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a failing mutation leaves neither its change nor a history record', async () => {
    const changes = () => count('MATCH (c:Change) RETURN count(c)');
    const before = await changes();
    // A link to an unknown id: NOT_FOUND, found by the write itself.
    const ghost = await api.gql(
      'mutation { link(input: {kind: MEMBER_OF, from: "h-cluster", to: "no-such-alliance"}) { kind } }',
      {},
      as('editorA'),
    );
    expect(ghost.errors?.[0].extensions.code).toBe('NOT_FOUND');
    // Two mutations in one document commit together: the second fails validation, the first is rolled back.
    const both = await api.gql(
      `mutation {
        a: upsertCluster(input: {id: "h-rolled-back", name: "Rolled back"}) { id }
        b: upsertCluster(input: {id: "h-rolled-back-2", name: " "}) { id }
      }`,
      {},
      as('editorA'),
    );
    expect(both.errors?.length).toBeGreaterThan(0);
    expect(await changes()).toBe(before);
    expect(await count('MATCH (e:Entity {id: "h-rolled-back"}) RETURN count(e)')).toBe(0);
    expect((await history('h-rolled-back')).edges).toEqual([]);
  });
});
