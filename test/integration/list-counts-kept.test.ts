import { CypherRunner } from '../../src/db/runner';
import { countsKept, forgetCounts } from '../../src/modules/list/list.counts';
import { withEmptyApi } from '../helpers/demo-api';

// A list's total and facets are kept per filter under the database's last committed transaction
// (src/modules/list/list.counts.ts). These are the ways a kept count could show a client wrong data.
describe('list counts kept per filter: used again while nothing commits, never after a write', () => {
  const suite = withEmptyApi({ as: 'editor' });
  const TOTALS = 'totalCount facets { kinds { value count } } edges { node { id } } pageInfo { endCursor }';

  const raw = async (cypher: string, params: Record<string, unknown> = {}) => {
    const session = suite.db.driver.session({ database: suite.db.database });
    try {
      return (await session.run(cypher, params)).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
  const clustersInDb = async () => Number((await raw('MATCH (e:Cluster) RETURN count(e) AS n'))[0].n);
  const clusters = async (after: string | null = null) => {
    const res: any = await suite.api.gql(`query($a: String) { clusters(first: 1, after: $a) { ${TOTALS} } }`, {
      a: after,
    });
    expect(res.errors).toBeUndefined();
    return res.data.clusters;
  };

  let ran: { name: string; params: Record<string, unknown> }[] = [];
  const spies: jest.SpyInstance[] = [];
  beforeAll(() => {
    // The server runs in this process: every named read of a list goes through readQuery, or readWithBookmark where
    // its bookmark is compared with the kept counts' (list.service readPageAt).
    const original = Object.getOwnPropertyDescriptor(CypherRunner.prototype, 'readWithBookmark')!
      .value as CypherRunner['readWithBookmark'];
    spies.push(
      jest.spyOn(CypherRunner.prototype, 'readQuery').mockImplementation(function (this: CypherRunner, q) {
        ran.push({ name: q.name, params: q.params });
        return this.read(q.name, q.params, q.literals);
      }),
      jest.spyOn(CypherRunner.prototype, 'readWithBookmark').mockImplementation(function (this: CypherRunner, ...a) {
        ran.push({ name: a[0], params: a[1] ?? {} });
        return original.apply(this, a);
      }),
    );
  });
  afterAll(() => spies.forEach((s) => s.mockRestore()));
  beforeEach(async () => {
    await raw('MATCH (e:Entity) DETACH DELETE e');
    await raw(
      `UNWIND ['Alpha', 'Beta', 'Gamma'] AS name
       CREATE (:Entity:Cluster {id: 'c-' + toLower(name), kind: 'Cluster', name: name, sortName: toLower(name)})`,
    );
    forgetCounts();
    ran = [];
  });

  it('the next page of the same filter is answered from the kept counts: only the page is read', async () => {
    const first = await clusters();
    expect(first.totalCount).toBe(3);
    expect(ran.map((r) => [r.name, r.params.withTotal, r.params.withKinds])).toEqual([
      ['system/graph-epoch', undefined, undefined],
      ['list/entities', true, true],
    ]);
    ran = [];
    const hits = countsKept.hits;
    const second = await clusters(first.pageInfo.endCursor);
    expect(second.edges.map((e: any) => e.node.id)).toEqual(['c-beta']);
    expect(second.totalCount).toBe(3);
    expect(second.facets.kinds).toEqual([{ value: 'CLUSTER', count: 3 }]);
    // Nothing counted: the index seek of the page alone, beside the graph's epoch.
    expect(ran.map((r) => [r.name, r.params.withTotal]).sort()).toEqual([
      ['list/page-by-name', false],
      ['system/graph-epoch', undefined],
    ]);
    expect(countsKept.hits).toBe(hits + 1);
  });

  it('stale total after a write through the API: an upsert moves the next total, kept counts never outlive it', async () => {
    expect((await clusters()).totalCount).toBe(3);
    await suite.api.gql('mutation { upsertCluster(input: {id: "c-delta", name: "Delta"}) { id } }');
    const after = await clusters();
    expect(after.totalCount).toBe(4);
    expect(after.facets.kinds).toEqual([{ value: 'CLUSTER', count: 4 }]);
    // The editor's organisation owns what it created: it may delete it.
    const del: any = await suite.api.gql('mutation { deleteEntity(id: "c-delta") { id } }');
    expect(del.errors).toBeUndefined();
    expect((await clusters()).totalCount).toBe(3);
    expect(await clustersInDb()).toBe(3);
  });

  it('stale total after a write around the API: raw Cypher that creates or removes a cluster is seen by the next request', async () => {
    expect((await clusters()).totalCount).toBe(3);
    await raw("CREATE (:Entity:Cluster {id: 'c-raw', kind: 'Cluster', name: 'Raw', sortName: 'raw'})");
    expect((await clusters()).totalCount).toBe(4);
    await raw("MATCH (e:Entity {id: 'c-raw'}) DETACH DELETE e");
    expect((await clusters()).totalCount).toBe(3);
  });

  it('a kept count leaking into another filter: other kinds, other filters and the entities list keep their own', async () => {
    await raw("CREATE (:Entity:Organisation {id: 'o-one', kind: 'Organisation', name: 'One', sortName: 'one'})");
    expect((await clusters()).totalCount).toBe(3);
    const orgs: any = await suite.api.gql('{ organisations(first: 1) { totalCount } }');
    expect(orgs.data.organisations.totalCount).toBe(1);
    const both: any = await suite.api.gql(
      '{ entities(first: 1, filter: {kinds: [CLUSTER, ORGANISATION]}) { totalCount facets { kinds { value count } } } }',
    );
    expect(both.data.entities.totalCount).toBe(4);
    expect(both.data.entities.facets.kinds).toEqual([
      { value: 'CLUSTER', count: 3 },
      { value: 'ORGANISATION', count: 1 },
    ]);
    const named: any = await suite.api.gql('{ clusters(first: 1, filter: {text: "alpha"}) { totalCount } }');
    expect(named.data.clusters.totalCount).toBe(1);
    expect((await clusters()).totalCount).toBe(3);
  });

  it('hostile input with totals asked is refused before the database is asked anything, kept counts or not', async () => {
    await clusters(); // the unfiltered clusters' counts are now kept
    ran = [];
    for (const [args, field] of [
      ['first: 1000', 'first'],
      ['first: 1, filter: {dateFrom: "yesterday"}', 'filter.dateFrom'],
      ['first: 1, after: "forged"', 'after'],
    ]) {
      const res: any = await suite.api.gql(`{ clusters(${args}) { totalCount facets { kinds { value } } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors[0].message).toContain(field);
    }
    expect(ran).toEqual([]);
  });

  it('race between writers and readers: totals never go back for a reader, and are exact once the writers stop', async () => {
    const writers = [0, 1, 2].map(async (w) => {
      for (let i = 0; i < 8; i++) {
        const res: any = await suite.api.gql(
          `mutation { upsertCluster(input: {id: "c-w${w}-${i}", name: "Written ${w} ${i}"}) { id } }`,
        );
        expect(res.errors).toBeUndefined();
      }
    });
    const readers = [0, 1, 2].map(async () => {
      const seen: number[] = [];
      for (let i = 0; i < 12; i++) seen.push((await clusters()).totalCount);
      return seen;
    });
    await Promise.all(writers);
    for (const seen of await Promise.all(readers)) {
      expect(seen.every((n) => n >= 3 && n <= 27)).toBe(true);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
    }
    expect(await clustersInDb()).toBe(27);
    expect((await clusters()).totalCount).toBe(27);
  });
});
