import { PUBLIC_SCOPE } from '../../src/auth/visibility';
import { CypherRunner } from '../../src/db/runner';
import { fillLiterals, loadCypher } from '../../src/db/cypher';
import { importRecords } from '../../src/import/importer';
import type { ParsedRecord } from '../../src/import/records';
import { relationLiterals } from '../../src/modules/entity/entity.repository';
import { MAX_NODES } from '../../src/modules/entity/relation-limit';
import { withEmptyApi } from '../helpers/demo-api';
import { planOperators, type PlanNode } from '../helpers/profile';

// A hub cluster with many ties: organisations that are its members (names repeat, so the other end's
// id breaks ties of name), some it is a member of in turn (two MEMBER_OF between one pair, one each
// way) and some it founded (two kinds between one pair).
const ORGS = 240;
const org = (i: number) => `org-${String(i).padStart(3, '0')}`;
const records: ParsedRecord[] = [
  { origin: { file: 't', record: 'hub' }, entity: { kind: 'Cluster', id: 'hub', name: 'Hub' } },
  ...Array.from({ length: ORGS }, (_, i): ParsedRecord[] => [
    {
      origin: { file: 't', record: `o${i}` },
      // Seven names for 240 organisations, one with a letter that folds (Ł → l).
      entity: {
        kind: 'Organisation',
        id: org(i),
        orgType: 'company',
        name: ['Łódź Org', 'Alpha', 'beta', 'Gamma', 'alpha', 'Zed', 'Mid'][i % 7],
      },
    },
    {
      origin: { file: 't', record: `m${i}` },
      relation: { type: 'MEMBER_OF', from: org(i), to: 'hub', role: 'member' },
    },
    ...(i % 5 === 0
      ? [{ origin: { file: 't', record: `b${i}` }, relation: { type: 'MEMBER_OF', from: 'hub', to: org(i) } }]
      : []),
    ...(i % 9 === 0
      ? [{ origin: { file: 't', record: `f${i}` }, relation: { type: 'FOUNDED', from: 'hub', to: org(i) } }]
      : []),
  ]).flat(),
];

interface Edge {
  id: string;
  cursor: string;
  kind: string;
  direction: string;
  node: { id: string };
}

const EDGE = 'id cursor kind direction node { id }';

describe('relation connections and object identification (Relay)', () => {
  const suite = withEmptyApi();

  beforeAll(async () => {
    await importRecords(suite.db, records);
  });

  /** The hub's ties as an independent Cypher query orders them: the other end's sortName, id, kind, direction. */
  async function oracle(kinds: string[] | null, dir: 'BOTH' | 'INCOMING'): Promise<string[]> {
    const { records: rows } = await suite.db.driver.executeQuery(
      `MATCH (h:Entity {id: 'hub'})-[r]-(o:Entity)
       WITH o, type(r) AS t, CASE WHEN startNode(r) = h THEN 'OUTGOING' ELSE 'INCOMING' END AS d
       WHERE ($kinds IS NULL OR t IN $kinds) AND ($dir = 'BOTH' OR d = $dir)
       RETURN t + ' ' + d + ' ' + o.id AS tie ORDER BY o.sortName, o.id, t, d`,
      { kinds, dir },
      { database: suite.db.database },
    );
    return rows.map((r) => r.get('tie') as string);
  }

  /** Every page of one connection of the hub, `first` at a time, with the round trips each page cost. */
  async function pages(field: string, first: number, on?: string) {
    const all: Edge[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let n = 0; n < 1000; n++) {
      const res = await suite.api.gql(
        `query($after: String) { entity(id: "hub") { ${on ? `... on ${on} {` : ''} ${field}(first: ${first}, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { ${EDGE} } } ${on ? '}' : ''} } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      expect(res.roundTrips).toBe(1); // the entity and its page, counted in the same statement
      const c = Object.values(res.data.entity)[0] as any;
      expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
      all.push(...c.edges);
      totals.push(c.totalCount);
      if (!c.pageInfo.hasNextPage) break;
      expect(c.edges).toHaveLength(first);
      after = c.pageInfo.endCursor;
    }
    return { all, totals };
  }
  const shown = (edges: Edge[]) => edges.map((e) => `${e.kind} ${e.direction} ${e.node.id}`);

  it('pages through a large relation with after: every tie exactly once, in order, and totalCount equals the oracle’s count', async () => {
    const expected = await oracle(null, 'BOTH');
    expect(expected.length).toBeGreaterThan(ORGS + 50);
    const { all, totals } = await pages('relations', 17);
    expect(shown(all)).toEqual(expected);
    expect(new Set(totals)).toEqual(new Set([expected.length]));

    // A typed field: the same keyset over its kind and direction only.
    const members = await pages('members', 50, 'Cluster');
    expect(shown(members.all)).toEqual(await oracle(['MEMBER_OF'], 'INCOMING'));
    expect(members.totals[0]).toBe(ORGS);
  });

  it('pages of different sizes read in one statement each keep their own first, in order, with their own cursors', async () => {
    // One batch, one LIMIT for the statement (the largest first + 1): a smaller page must still be cut
    // to its own size, and tell whether more follow.
    const res = await suite.api.gql(`{ entity(id: "hub") {
      a: relations(first: 3) { pageInfo { hasNextPage endCursor } edges { ${EDGE} } }
      b: relations(first: 400) { pageInfo { hasNextPage endCursor } edges { ${EDGE} } }
      ... on Cluster { c: members(first: 7) { pageInfo { hasNextPage endCursor } edges { ${EDGE} } } }
    } }`);
    expect(res.errors).toBeUndefined();
    expect(res.roundTrips).toBe(1);
    const all = await oracle(null, 'BOTH');
    const members = await oracle(['MEMBER_OF'], 'INCOMING');
    const { a, b, c } = res.data.entity;
    expect(shown(a.edges)).toEqual(all.slice(0, 3));
    expect(a.pageInfo).toEqual({ hasNextPage: true, endCursor: a.edges[2].cursor });
    expect(shown(b.edges)).toEqual(all.slice(0, 400));
    expect(b.pageInfo.hasNextPage).toBe(all.length > 400);
    expect(shown(c.edges)).toEqual(members.slice(0, 7));
    expect(c.pageInfo).toEqual({ hasNextPage: true, endCursor: c.edges[6].cursor });
    // the small page's cursor continues where the large page says it should
    const next = await suite.api.gql(
      `query($after: String) { entity(id: "hub") { relations(first: 3, after: $after) { edges { ${EDGE} } } } }`,
      { after: a.pageInfo.endCursor },
    );
    expect(shown(next.data.entity.relations.edges)).toEqual(all.slice(3, 6));
    expect(next.data.entity.relations.edges.map((e: Edge) => e.cursor)).toEqual(
      b.edges.slice(3, 6).map((e: Edge) => e.cursor),
    );
    expect(b.edges[5].id).toBe(`hub:${b.edges[5].kind}:${b.edges[5].direction}:${b.edges[5].node.id}`);
  });

  it('refuses a forged or garbage after cursor with BAD_USER_INPUT naming after, and keeps the other aliases', async () => {
    const json = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const list = await suite.api.gql('{ organisations(first: 1) { pageInfo { endCursor } } }');
    const forged = [
      'not a cursor',
      '',
      json({ a: 1 }),
      json(['Alpha', 'org-001', 'NOT_A_KIND', 'INCOMING']),
      json(['Alpha', 'org-001', 'MEMBER_OF', 'SIDEWAYS']),
      json(['Alpha', 7, 'MEMBER_OF', 'INCOMING']),
      json(['Alpha', 'org-001', 'MEMBER_OF', 'INCOMING', 'extra']),
      list.data.organisations.pageInfo.endCursor, // a cursor of another kind of list
      'A'.repeat(5000),
    ];
    for (const after of forged) {
      const res = await suite.api.gql(
        'query($after: String) { ok: entity(id: "hub") { id } bad: entity(id: "hub") { ... on Cluster { members(after: $after) { edges { id } } } } }',
        { after },
      );
      expect(res.status).toBe(200);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]).toMatchObject({
        path: ['bad', 'members'],
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      });
      expect(res.errors![0].message).toMatch(/^after: expected a cursor returned by a relation connection/);
      expect(res.data).toEqual({ ok: { id: 'hub' }, bad: null });
    }
  });

  it('an unknown id in an aliased batch of entity and node lookups is null and leaves the other aliases intact', async () => {
    const res = await suite.api.gql(`{
      a: entity(id: "hub") { id name }
      b: entity(id: "atlantis") { id }
      c: node(id: "org-001") { id ... on Organisation { name } }
      d: node(id: "hub:MEMBER_OF:INCOMING:org-001") { id }
      e: entity(id: "") { id }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      a: { id: 'hub', name: 'Hub' },
      b: null,
      c: { id: 'org-001', name: 'Alpha' },
      d: null, // an edge id names a view of a tie, not a Node
      e: null,
    });
  });

  it('nodes answers in order, null for an unknown id, in one round trip (with the first level of relations read ahead)', async () => {
    const res = await suite.api.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
         ... on Organisation { memberOf { totalCount edges { node { id } } } } } }`,
      { ids: [org(3), 'nobody', 'hub', org(3), org(5)] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.roundTrips).toBe(1);
    const memberOf = { totalCount: 1, edges: [{ node: { id: 'hub' } }] };
    expect(res.data.nodes).toEqual([
      { __typename: 'Organisation', id: org(3), memberOf },
      null,
      { __typename: 'Cluster', id: 'hub' },
      { __typename: 'Organisation', id: org(3), memberOf },
      { __typename: 'Organisation', id: org(5), memberOf },
    ]);
    const node = await suite.api.gql(
      '{ node(id: "hub") { id ... on Cluster { members(first: 2) { edges { node { id } } } } } }',
    );
    expect(node.roundTrips).toBe(1);
    expect(node.data.node.members.edges).toHaveLength(2);
  });

  it(`refuses nodes with 10,000 ids (more than ${MAX_NODES}), naming the argument, the limit and the count`, async () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => org(i));
    const res = await suite.api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(res.status).toBe(200);
    expect(res.roundTrips).toBe(0); // refused before reading anything
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      message: `ids: at most ${MAX_NODES} ids, got 10000; split the request`,
      path: ['nodes'],
      extensions: { code: 'BAD_USER_INPUT', field: 'ids', limit: MAX_NODES, found: 10000 },
    });
    expect(res.data).toBeNull(); // nodes is non-null (a list of nullable nodes)
  });

  it('counts the relations only when totalCount is selected: the statement is asked not to, and then reads no tie for it', async () => {
    const read = jest.spyOn(CypherRunner.prototype, 'read');
    try {
      const countFlags = async (query: string) => {
        read.mockClear();
        const res = await suite.api.gql(query);
        expect(res.errors).toBeUndefined();
        return read.mock.calls
          .filter(([name]) => name === 'entity/relations' || name === 'entity/relations-deep')
          .flatMap(([, params]) => (params!.batch as { specs: { count: boolean }[] }).specs.map((s) => s.count));
      };
      expect(await countFlags('{ entity(id: "hub") { relations(first: 1) { edges { id } } } }')).toEqual([false]);
      expect(await countFlags('{ entity(id: "hub") { relations(first: 1) { totalCount } } }')).toEqual([true]);
      // Below the first level (read ahead in the same statement, each read with its own flag).
      expect(
        await countFlags(
          '{ entity(id: "org-001") { ... on Organisation { memberOf { edges { node { id ... on Cluster { members(first: 1) { pageInfo { hasNextPage } } } } } } } } }',
        ),
      ).toEqual([false, false]);
    } finally {
      read.mockRestore();
    }
    // The statement itself: asked not to count, it does no database work for the count (db hits are
    // deterministic: no timing).
    const hits = async (count: boolean) => {
      const spec = {
        types: ['MEMBER_OF'],
        dir: 'BOTH',
        first: 1,
        after: null,
        count,
        props: ['id'],
      };
      const { summary, records: rows } = await suite.db.driver.executeQuery(
        `PROFILE ${fillLiterals(loadCypher('entity/relations'), relationLiterals([spec], ['MEMBER_OF']))}`,
        {
          batch: { ids: ['hub'], spec: [0], specs: [spec], entity: false },
          limit: spec.first + 1,
          scope: PUBLIC_SCOPE,
        },
        { database: suite.db.database },
      );
      const hits = planOperators(summary.profile as unknown as PlanNode).reduce((n, p) => n + p.dbHits, 0);
      return { hits, total: rows[0].get('total') };
    };
    const without = await hits(false);
    const withCount = await hits(true);
    expect(without.total).toBeNull();
    expect(Number(withCount.total)).toBe(ORGS + ORGS / 5);
    expect(withCount.hits - without.hits).toBeGreaterThanOrEqual(ORGS + ORGS / 5);
  });

  it('a careless client asks the same page with and without the tie’s fields (aliases, two levels): each alias gets its own answer', async () => {
    // Each order once: a read shared by mistake answers with whichever came first (the loader) or last (the
    // look-ahead).
    const page = (alias: string, edge: string, first = 3) =>
      `${alias}: members(first: ${first}) { edges { ${edge} node { id } } }`;
    const res = await suite.api.gql(`{ entity(id: "hub") { ... on Cluster {
        ${page('withRole', 'role visibility')} ${page('bare', '')}
        deep: members(first: 2) { edges { node { id ... on Organisation {
          memberOf(first: 2) { edges { node { id ... on Cluster { ${page('bare', '', 4)} ${page('withRole', 'role', 4)} } } } } } } } }
      } } }`);
    expect(res.errors).toBeUndefined();
    const hub = res.data.entity;
    expect(hub.bare.edges.map((e: Edge) => e.node.id)).toEqual(hub.withRole.edges.map((e: Edge) => e.node.id));
    expect(hub.bare.edges.every((e: Record<string, unknown>) => !('role' in e))).toBe(true);
    // The roles the oracle stored, not nulls from a page read without the tie's properties.
    const { records } = await suite.db.driver.executeQuery(
      `MATCH (:Entity {id: 'hub'})<-[r:MEMBER_OF]-(o:Entity) RETURN o.id AS id, r.role AS role, r.visibility AS v`,
      {},
      { database: suite.db.database },
    );
    // Roles are stored in lower case and answered as the RelationRole enum.
    const stored = new Map(
      records.map((r) => [r.get('id'), [r.get('role')?.toUpperCase() ?? null, r.get('v') ?? 'PUBLIC']]),
    );
    for (const e of hub.withRole.edges) expect([e.role, e.visibility]).toEqual(stored.get(e.node.id));
    expect(hub.withRole.edges.some((e: { role: string | null }) => e.role !== null)).toBe(true);
    // Two levels down (through the loader, not the look-ahead): the hub again, both ways.
    const again = hub.deep.edges
      .flatMap((m: any) => m.node.memberOf?.edges ?? [])
      .map((x: any) => x.node)
      .filter((n: any) => n.id === 'hub');
    expect(again.length).toBeGreaterThan(0);
    for (const n of again) {
      expect(n.withRole.edges.map((e: Edge) => e.node.id)).toEqual(n.bare.edges.map((e: Edge) => e.node.id));
      expect(n.withRole.edges).toHaveLength(4);
      for (const e of n.withRole.edges) expect(e.role).toEqual(stored.get(e.node.id)![0]);
      expect(n.bare.edges.every((e: Record<string, unknown>) => !('role' in e))).toBe(true);
    }
  });

  it('gives every edge an id unique within a response, equal across two reads only when the view is the same', async () => {
    const res = await suite.api.gql(`{ hub: entity(id: "hub") {
        relations(first: 1000) { edges { ${EDGE} } }
        ... on Cluster { members(first: 1000) { edges { ${EDGE} role } } }
        again: relations(kinds: [MEMBER_OF], direction: INCOMING, first: 1000) { edges { ${EDGE} role } } }
      org: entity(id: "org-000") { relations { edges { ${EDGE} } } } }`);
    expect(res.errors).toBeUndefined();
    const all: Edge[] = res.data.hub.relations.edges;
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    // Two ties of one kind between one pair (one each way) and two kinds between one pair: all distinct.
    const withOrg0 = all.filter((e) => e.node.id === 'org-000');
    expect(withOrg0.map((e) => e.id)).toEqual([
      'hub:FOUNDED:OUTGOING:org-000',
      'hub:MEMBER_OF:INCOMING:org-000',
      'hub:MEMBER_OF:OUTGOING:org-000',
    ]);
    // The same view read through two fields: the same id, and the same edge in every field (a cache
    // that keeps one object per id shows each reader what the server sent it).
    expect(res.data.hub.again.edges).toEqual(res.data.hub.members.edges);
    const byId = new Map(all.map((e) => [e.id, e]));
    for (const m of res.data.hub.members.edges) {
      const { role: _role, ...same } = m;
      expect(byId.get(m.id)).toEqual(same);
    }
    // The same tie read from its other end is another view (direction and node differ): another id.
    const fromOrg: Edge[] = res.data.org.relations.edges;
    expect(fromOrg.map((e) => e.id).sort()).toEqual([
      'org-000:FOUNDED:INCOMING:hub',
      'org-000:MEMBER_OF:INCOMING:hub',
      'org-000:MEMBER_OF:OUTGOING:hub',
    ]);
    const ids = new Set(all.map((e) => e.id));
    expect(fromOrg.some((e) => ids.has(e.id))).toBe(false);
  });
});
