import fc from 'fast-check';
import { CypherRunner } from '../../src/db/runner';
import { sortName } from '../../src/model/text';
import { encodeCursor } from '../../src/modules/list/list.cursor';
import { forgetCounts } from '../../src/modules/list/list.counts';
import { EntityOrder, OrderDirection } from '../../src/modules/list/list.type';
import { withEmptyApi } from '../helpers/demo-api';

interface Row {
  id: string;
  kind: 'Cluster' | 'Organisation';
  name: string;
}

// Neo4j's string order (UTF-16 code units), which JavaScript's < also uses.
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const byName = (a: Row, b: Row) => cmp(sortName(a.name), sortName(b.name)) || cmp(a.id, b.id);

const PAGE =
  'totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } facets { kinds { value count } }';
const PAGE_ONLY = 'edges { cursor node { id } } pageInfo { hasNextPage endCursor }';
// The three ways a page is read: the index seek alone, the seek with the index count, the filtered statement.
const SHAPES = [PAGE_ONLY, `totalCount ${PAGE_ONLY}`, PAGE];

describe('lists by index: keyset pages over ties, writes between pages, forged cursors, counts only when asked', () => {
  const suite = withEmptyApi({ as: 'editor' });

  /** Replaces every entity by `rows` (written as imports write them: kind and sortName stored). */
  const load = async (rows: Row[]) => {
    const session = suite.db.driver.session({ database: suite.db.database });
    try {
      await session.run('MATCH (e:Entity) DETACH DELETE e');
      await session.run(
        `UNWIND $rows AS r
         CREATE (e:Entity {id: r.id, kind: r.kind, name: r.name, sortName: r.sortName})
         FOREACH (_ IN CASE WHEN r.kind = 'Cluster' THEN [1] ELSE [] END | SET e:Cluster)
         FOREACH (_ IN CASE WHEN r.kind = 'Organisation' THEN [1] ELSE [] END | SET e:Organisation)`,
        { rows: rows.map((r) => ({ ...r, sortName: sortName(r.name) })) },
      );
    } finally {
      await session.close();
    }
  };

  /** Every id of a list, page by page, and the totals each page reported (null when not selected). */
  const pages = async (field: string, args: string, size: number, fields: string) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 200; guard++) {
      const res: any = await suite.api.gql(
        `query($after: String) { ${field}(${args} first: ${size}, after: $after) { ${fields} } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const conn = res.data[field];
      ids.push(...conn.edges.map((e: any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) return ids;
      after = conn.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  };

  // Few distinct names, so page boundaries fall inside runs of equal sortNames (ties broken by id);
  // "Łódź" and "lodz" fold to the same sortName.
  const rowsArb = fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z0-9-]{1,6}$/),
      kind: fc.constantFrom('Cluster' as const, 'Organisation' as const),
      name: fc.constantFrom('Łódź', 'lodz', 'Alpha', 'alpha ', 'Zeta', 'b'),
    }),
    { selector: (r) => r.id, minLength: 0, maxLength: 25 },
  );

  it('a page boundary on equal sortNames never skips or repeats an entity (every statement, both directions, one or several kinds)', async () => {
    await fc.assert(
      fc.asyncProperty(
        rowsArb,
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.constantFrom(...SHAPES),
        async (rows, size, desc, fields) => {
          await load(rows);
          const direction = desc ? 'DESC' : 'ASC';
          const order = (kinds: string[]) => {
            const ids = rows.filter((r) => kinds.includes(r.kind)).sort(byName);
            return (desc ? ids.reverse() : ids).map((r) => r.id);
          };
          expect(await pages('clusters', `direction: ${direction},`, size, fields)).toEqual(order(['Cluster']));
          expect(
            await pages('entities', `filter: {kinds: [CLUSTER, ORGANISATION]}, direction: ${direction},`, size, fields),
          ).toEqual(order(['Cluster', 'Organisation']));
        },
      ),
      { numRuns: 12 },
    );
    // 12 runs of several paged reads: 6–38 s alone, past Jest's 60 s default under a load average of 15, after
    // which the run went on rewriting the shared database under the next tests. A budget, not a threshold.
  }, 300_000);

  it('a write between two page reads: the next page holds exactly what now sorts after the cursor', async () => {
    const rows: Row[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id: `m-${id}`, kind: 'Cluster', name: 'Same' }));
    await load(rows);
    const first: any = await suite.api.gql(`{ clusters(first: 3) { ${PAGE_ONLY} } }`);
    expect(first.data.clusters.edges.map((e: any) => e.node.id)).toEqual(['m-a', 'm-b', 'm-c']);
    const after = first.data.clusters.pageInfo.endCursor;
    // A tie before the cursor (must not appear), a tie after it (must), the next entity deleted.
    await suite.api.gql('mutation { upsertCluster(input: {id: "m-bb", name: "Same"}) { id } }');
    await suite.api.gql('mutation { upsertCluster(input: {id: "m-cc", name: "Same"}) { id } }');
    // Loaded without an owner, so only an admin may delete it (docs/access.md, "Ownership").
    await suite.api.gql('mutation { deleteEntity(id: "m-d") { id } }', {}, { as: 'admin' });
    for (const fields of [PAGE_ONLY, PAGE]) {
      const next: any = await suite.api.gql(`query($a: String) { clusters(first: 3, after: $a) { ${fields} } }`, {
        a: after,
      });
      expect(next.errors).toBeUndefined();
      expect(next.data.clusters.edges.map((e: any) => e.node.id)).toEqual(['m-cc', 'm-e', 'm-f']);
      expect(next.data.clusters.pageInfo.hasNextPage).toBe(false);
    }
  });

  it.each([
    ['a numeric key on a NAME ordering', EntityOrder.NAME, 42, 'clusters(after: $a)'],
    ['a text key on a DEGREE ordering', EntityOrder.DEGREE, 'zzz', 'clusters(orderBy: DEGREE, after: $a)'],
    ['a numeric key on a DATE ordering', EntityOrder.DATE, 7, 'clusters(orderBy: DATE, after: $a)'],
  ])('a forged cursor (%s) is refused as BAD_USER_INPUT naming `after`', async (_what, order, key, call) => {
    const forged = encodeCursor({ order, direction: OrderDirection.ASC, key, id: 'x' });
    for (const fields of [PAGE_ONLY, 'totalCount']) {
      const res = await suite.api.gql(`query($a: String) { ${call} { ${fields} } }`, { a: forged });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(res.errors?.[0].message).toMatch(/^after: expected a cursor returned by this list/);
    }
  });

  it('an id of another kind given as region or sector lists nothing (the anchor is not the entity itself)', async () => {
    await load([
      { id: 'c1', kind: 'Cluster', name: 'One' },
      { id: 'o1', kind: 'Organisation', name: 'Org' },
    ]);
    for (const filter of ['{region: "c1"}', '{sector: "c1"}', '{region: "c1", kinds: [CLUSTER]}']) {
      const res = await suite.api.gql(`{ entities(filter: ${filter}) { totalCount ${PAGE_ONLY} } }`);
      expect([filter, res.errors, res.data.entities.totalCount, res.data.entities.edges]).toEqual([
        filter,
        undefined,
        0,
        [],
      ]);
    }
  });

  describe('what runs', () => {
    let ran: { name: string; params: Record<string, unknown> }[] = [];
    let spy: jest.SpyInstance;
    beforeAll(async () => {
      await load([
        { id: 'c1', kind: 'Cluster', name: 'One' },
        { id: 'c2', kind: 'Cluster', name: 'Two' },
      ]);
      // The server runs in this process: every named read of a list goes through readQuery (list.service readPage).
      spy = jest.spyOn(CypherRunner.prototype, 'readQuery').mockImplementation(function (this: CypherRunner, q) {
        ran.push({ name: q.name, params: q.params });
        return this.read(q.name, q.params, q.literals);
      });
    });
    afterAll(() => spy.mockRestore());
    beforeEach(() => {
      ran = [];
      // What a selection asks to count, not what was kept from the test before (list-counts-kept.test.ts).
      forgetCounts();
    });
    const switches = () =>
      ran.map((r) => [r.name, r.params.withTotal, r.params.withSectors, r.params.withCountries, r.params.withKinds]);

    it('totals not selected → no counting statement runs: only the index seek of the page', async () => {
      const res = await suite.api.gql(`{ clusters(first: 1) { ${PAGE_ONLY} } }`);
      expect(res.data.clusters.edges).toEqual([{ cursor: expect.any(String), node: { id: 'c1' } }]);
      expect(switches()).toEqual([['list/page-by-name', false, undefined, undefined, undefined]]);
    });

    it('only totalCount selected on an unfiltered page → the seek plus the index count, no facet', async () => {
      const res = await suite.api.gql(`{ clusters(first: 1) { totalCount ${PAGE_ONLY} } }`);
      expect(res.data.clusters.totalCount).toBe(2);
      expect(res.data.clusters.edges.map((e: any) => e.node.id)).toEqual(['c1']);
      expect(ran.map((r) => r.name).sort()).toEqual(['list/count-by-kind', 'list/page-by-name']);
    });

    it('totals not selected on a filtered page → the statement runs with every count switched off', async () => {
      const res = await suite.api.gql(`{ clusters(first: 1, filter: {text: "one"}) { ${PAGE_ONLY} } }`);
      expect(res.data.clusters.edges.map((e: any) => e.node.id)).toEqual(['c1']);
      expect(switches()).toEqual([['list/entities', false, false, false, false]]);
    });

    it('counts exactly what is selected, through fragments', async () => {
      const res = await suite.api.gql(
        '{ clusters(first: 1) { ...T facets { ... on Facets { kinds { value count } } } } } fragment T on ClusterConnection { totalCount }',
      );
      expect(res.data.clusters).toEqual({ totalCount: 2, facets: { kinds: [{ value: 'CLUSTER', count: 2 }] } });
      expect(switches()).toEqual([['list/entities', true, false, false, true]]);
    });
  });
});
