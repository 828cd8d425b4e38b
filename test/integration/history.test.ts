import { loadConfig } from '../../src/config';
import { toNative } from '../../src/db/values';
import { withDemoApi } from '../helpers/demo-api';

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
  const suite = withDemoApi({ auth: loadConfig({ API_KEYS }).auth });

  const history = async (id: string, first = 50, after?: string) => {
    const res = await suite.api.gql(HISTORY, { id, first, after });
    expect(res.errors).toBeUndefined();
    return res.data.history;
  };
  const ok = async (query: string, who: keyof typeof KEYS = 'editorA') => {
    const res = await suite.api.gql(query, {}, as(who));
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const count = async (cypher: string) =>
    (await suite.db.driver.executeQuery(cypher, {}, { database: suite.db.database })).records[0].get(0).toNumber();

  it('an import is recorded as made by "internal" through an import, every field from null', async () => {
    const h = await history('ecri');
    const { kind } = (await suite.api.gql('{ entity(id: "ecri") { kind } }')).data.entity;
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
      'admin', // org-b's editor may not: the cluster is org-a's, the alliance no one's (ownership)
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
    expect(link).toMatchObject({ by: 'root', org: null, op: 'LINK', other: 'icei-alliance', relation: 'MEMBER_OF' });
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
    // Fixed width (milliseconds), so that `at` strings sort as the times do (Neo4j prints …:05.1Z and …:05.12Z).
    for (const c of nodes) expect(c.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
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
    const forged = await suite.api.gql(HISTORY, { id: 'h-cluster', after: 'bm90IGEgY3Vyc29y' });
    expect(forged.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a change is a Node that node(id) and nodes(ids) read back; a PRIVATE tie’s change stays hidden from those who may not see the tie', async () => {
    await ok('mutation { upsertCluster(input: {id: "org-a", name: "Org A"}) { id } }');
    await ok('mutation { upsertCluster(input: {id: "org-b", name: "Org B"}) { id } }', 'editorB');
    await ok('mutation { link(input: {kind: PARTNER_OF, from: "org-a", to: "org-b", visibility: PRIVATE}) { kind } }');
    const [linked] = (await suite.api.gql(HISTORY, { id: 'org-a', first: 1 }, as('editorA'))).data.history.edges;
    expect(linked.node).toMatchObject({ op: 'LINK', other: 'org-b' });
    const NODE = `query($id: ID!, $ids: [ID!]!) {
      node(id: $id) { id ... on Change { op entity other } }
      nodes(ids: $ids) { id }
    }`;
    const { id } = (
      await suite.api.gql(`{ history(id: "org-a", first: 1) { edges { node { id } } } }`, {}, as('editorA'))
    ).data.history.edges[0].node;
    expect(id).toMatch(/^change:\d+$/);
    const read = async (who?: keyof typeof KEYS) =>
      (await suite.api.gql(NODE, { id, ids: ['org-a', id, 'change:999999999'] }, who ? as(who) : {})).data;
    for (const who of ['editorA', 'editorB', 'admin'] as const) {
      const seen = await read(who);
      expect(seen.node).toEqual({ id, op: 'LINK', entity: 'org-a', other: 'org-b' });
      expect(seen.nodes).toEqual([{ id: 'org-a' }, { id }, null]);
    }
    // Anonymous: the change of a tie it may not see reads as nothing, like an id nothing has.
    const anonymous = await read();
    expect(anonymous.node).toBeNull();
    expect(anonymous.nodes).toEqual([{ id: 'org-a' }, null, null]);
  });

  it('a failing mutation leaves neither its change nor a history record', async () => {
    const changes = () => count('MATCH (c:Change) RETURN count(c)');
    const before = await changes();
    // A link to an unknown id: NOT_FOUND, found by the write itself.
    const ghost = await suite.api.gql(
      'mutation { link(input: {kind: MEMBER_OF, from: "h-cluster", to: "no-such-alliance"}) { kind } }',
      {},
      as('editorA'),
    );
    expect(ghost.errors?.[0].extensions.code).toBe('NOT_FOUND');
    // Two mutations in one document commit together: the second fails validation, the first is rolled back.
    const both = await suite.api.gql(
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

  // Properties, labels and ties of an entity, with each value's Cypher type (an integer restored as a
  // float would read back the same through the API), hashed.
  const checksum = async (id: string) => {
    const { records } = await suite.db.driver.executeQuery(
      `MATCH (e {id: $id}) WHERE e:Entity
       OPTIONAL MATCH (e)-[r]-(o)
       WITH e, r, o ORDER BY type(r), o.id
       RETURN labels(e) AS labels, [k IN keys(e) | [k, e[k], valueType(e[k])]] AS props,
         collect(CASE WHEN r IS NOT NULL THEN [type(r), startNode(r) = e, o.id,
           [k IN keys(r) | [k, r[k], valueType(r[k])]]] END) AS ties`,
      { id },
      { database: suite.db.database },
    );
    if (!records.length) return null;
    const { labels, props, ties } = toNative(records[0].toObject()) as {
      labels: string[];
      props: string[][];
      ties: any[];
    };
    const sorted = (kv: string[][]) => [...kv].sort((x, y) => (x[0] < y[0] ? -1 : 1));
    return JSON.stringify([labels.sort(), sorted(props), ties.map(([t, out, o, p]) => [t, out, o, sorted(p)])]);
  };

  const buildRestorable = async () => {
    await ok(
      `mutation { upsertOrganisation(input: {id: "h-org", name: "Zyxwv Restorable Org", aliases: ["ZRO"], orgType: UNIVERSITY,
        founded: "2001", sources: ["src-bielsko-biala-profile"]}) { id } }`,
    );
    for (const link of [
      '{kind: FUNDED_BY, from: "h-org", to: "cosme", amountEur: 5000, since: "2020"}',
      '{kind: MEMBER_OF, from: "h-org", to: "icei-alliance", role: MEMBER, sources: ["src-bielsko-biala-profile"]}',
      '{kind: RANKED_IN, from: "h-org", to: "polish-cluster-congress-2022", rank: 2}',
      '{kind: PARTNER_OF, from: "ecri", to: "h-org", note: "incoming"}',
    ])
      await ok(`mutation { link(input: ${link}) { kind } }`);
  };

  it('delete → restore gives back the same entity and ties (checksum of properties, types and ties)', async () => {
    await buildRestorable();
    const before = await checksum('h-org');
    expect(before).toContain('"amountEur"');
    const deleted = await ok('mutation { deleteEntity(id: "h-org") { detachedCount } }');
    expect(deleted.deleteEntity.detachedCount).toBe(4);
    expect(await checksum('h-org')).toBeNull();
    const restored = await ok(
      'mutation { restoreEntity(id: "h-org") { entity { id name } restored { kind direction other } waiting { other } dropped { other } } }',
      'admin',
    );
    expect(restored.restoreEntity).toMatchObject({ entity: { id: 'h-org' }, waiting: [], dropped: [] });
    expect(restored.restoreEntity.restored).toHaveLength(4);
    expect(await checksum('h-org')).toBe(before);
    const ops = (await history('h-org', 20)).edges.map((e: any) => [e.node.op, e.node.by]);
    // Newest first; in one transaction, ties go before their entity is deleted and after it is restored.
    expect(ops.slice(0, 10).map(([op]: string[]) => op)).toEqual([
      ...['LINK', 'LINK', 'LINK', 'LINK', 'RESTORE'],
      ...['DELETE', 'UNLINK', 'UNLINK', 'UNLINK', 'UNLINK'],
    ]);
    expect(ops.filter(([op]: string[]) => op === 'RESTORE')).toEqual([['RESTORE', 'root']]);
    expect(ops.filter(([op]: string[]) => op === 'UNLINK')).toHaveLength(4);
  });

  it('a deleted entity is absent from every read: entity, lists, search, and its former partners’ relations', async () => {
    await ok('mutation { deleteEntity(id: "h-org") { id } }');
    // One request each: the machine running the tests may be slow, and each has its own time budget.
    const read = async (q: string) => {
      const res = await suite.api.gql(`{ ${q} }`);
      expect(res.errors).toBeUndefined();
      return Object.values(res.data)[0] as any;
    };
    const reads = {
      entity: await read('entity(id: "h-org") { id }'),
      organisations: await read('organisations(filter: {text: "Zyxwv"}) { totalCount edges { node { id } } }'),
      entities: await read('entities(filter: {text: "Zyxwv"}) { totalCount }'),
      search: await read('search(query: "Zyxwv") { entity { id } }'),
      alliance: await read('entity(id: "icei-alliance") { relations(first: 1000) { edges { node { id } } } }'),
      ecri: await read('entity(id: "ecri") { relations(first: 1000) { edges { node { id } } } }'),
    };
    expect(reads.entity).toBeNull();
    expect(reads.organisations).toEqual({ totalCount: 0, edges: [] });
    expect(reads.entities.totalCount).toBe(0);
    expect(reads.search).toEqual([]);
    for (const partner of [reads.alliance, reads.ecri])
      expect(partner.relations.edges.map((e: any) => e.node.id)).not.toContain('h-org');
    // A new entity may take the id meanwhile; restoring the old one would make two: CONFLICT.
    await ok('mutation { upsertCluster(input: {id: "h-org", name: "Another holder of the id"}) { id } }');
    const refused = await suite.api.gql('mutation { restoreEntity(id: "h-org") { entity { id } } }', {}, as('admin'));
    expect(refused.errors?.[0].extensions.code).toBe('CONFLICT');
    await ok('mutation { deleteEntity(id: "h-org") { id } }');
  });

  it('an editor can neither restore nor purge (FORBIDDEN); purging an unknown id is NOT_FOUND', async () => {
    for (const m of ['restoreEntity(id: "h-org") { entity { id } }', 'purgeEntity(id: "h-org") { id }']) {
      const res = await suite.api.gql(`mutation { ${m} }`, {}, as('editorA'));
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const anonymous = await suite.api.gql('mutation { purgeEntity(id: "h-org") { id } }');
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const unknown = await suite.api.gql('mutation { purgeEntity(id: "never-existed") { id } }', {}, as('admin'));
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const nothingDeleted = await suite.api.gql(
      'mutation { restoreEntity(id: "never-existed") { entity { id } } }',
      {},
      as('admin'),
    );
    expect(nothingDeleted.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a purge removes the entity for good and erases the values of its history, keeping a PURGE record', async () => {
    const res = await suite.api.gql('mutation { purgeEntity(id: "h-org") { id redactedChanges } }', {}, as('admin'));
    expect(res.errors).toBeUndefined();
    // Its CREATE, UPDATE, four LINKs, and twice a DELETE with four UNLINKs, a RESTORE with four LINKs…
    expect(res.data.purgeEntity.redactedChanges).toBeGreaterThan(15);
    expect(await count('MATCH (d {id: "h-org"}) RETURN count(d)')).toBe(0);
    const nodes = (await history('h-org', 100)).edges.map((e: any) => e.node);
    expect(nodes[0]).toMatchObject({ op: 'PURGE', by: 'root', fields: [] });
    for (const c of nodes.slice(1))
      for (const f of c.fields) expect(f).toEqual({ field: f.field, before: null, after: null, redacted: true });
    expect(JSON.stringify(nodes)).not.toContain('Zyxwv');
    const again = await suite.api.gql('mutation { restoreEntity(id: "h-org") { entity { id } } }', {}, as('admin'));
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a restored tie whose other end is deleted too waits with it, and comes back when that end is restored', async () => {
    await ok('mutation { upsertCluster(input: {id: "h-a", name: "A"}) { id } }');
    await ok('mutation { upsertCluster(input: {id: "h-b", name: "B"}) { id } }');
    await ok('mutation { link(input: {kind: PARTNER_OF, from: "h-a", to: "h-b", note: "ab"}) { kind } }');
    await ok('mutation { deleteEntity(id: "h-a") { id } }');
    await ok('mutation { deleteEntity(id: "h-b") { id } }');
    const a = await ok(
      'mutation { restoreEntity(id: "h-a") { restored { other } waiting { kind direction other } } }',
      'admin',
    );
    expect(a.restoreEntity).toEqual({
      restored: [],
      waiting: [{ kind: 'PARTNER_OF', direction: 'OUTGOING', other: 'h-b' }],
    });
    const b = await ok('mutation { restoreEntity(id: "h-b") { restored { kind direction other } } }', 'admin');
    expect(b.restoreEntity.restored).toEqual([{ kind: 'PARTNER_OF', direction: 'INCOMING', other: 'h-a' }]);
    expect(
      await count('MATCH (:Entity {id: "h-a"})-[r:PARTNER_OF {note: "ab"}]->(:Entity {id: "h-b"}) RETURN count(r)'),
    ).toBe(1);
  });

  it('concurrent writers get distinct seqs with no gap, one record per change, failures leaving none', async () => {
    const seqs = async () =>
      (
        await suite.db.driver.executeQuery(
          'MATCH (c:Change) RETURN c.seq AS seq ORDER BY seq',
          {},
          { database: suite.db.database },
        )
      ).records.map((r) => r.get('seq').toNumber() as number);
    const before = await seqs();
    const last = before.at(-1)!;
    // 50 writers at once: 40 creations, 5 renames of one entity, 5 refused (validation fails mid-way).
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const input =
          i < 40
            ? `{id: "h-par-${i}", name: "Parallel ${i}"}`
            : i < 45
              ? `{id: "h-par-shared", name: "Shared ${i}"}`
              : `{id: "h-par-bad-${i}", name: " "}`;
        return suite.api.gql(`mutation { upsertCluster(input: ${input}) { id } }`, {}, as('editorA'));
      }),
    );
    expect(answers.filter((a) => a.errors).length).toBe(5);
    const after = (await seqs()).slice(before.length);
    // Each rename changes the name unless an identical one committed just before: 1 creation, then up to 4 updates.
    const shared = (await history('h-par-shared')).edges.length;
    expect(shared).toBeGreaterThanOrEqual(1);
    expect(after).toHaveLength(40 + shared);
    expect(after).toEqual(Array.from({ length: after.length }, (_, i) => last + 1 + i));
    for (let i = 0; i < 40; i++)
      expect((await history(`h-par-${i}`)).edges.map((e: any) => e.node.op)).toEqual(['CREATE']);
    expect(await count('MATCH (c:Change) WHERE c.entity STARTS WITH "h-par-bad" RETURN count(c)')).toBe(0);
  });
});
