import type { EntityKind } from '../../src/model/vocabulary';
import { storeAllCountries } from '../../src/db/countries';
import { CypherRunner } from '../../src/db/runner';
import { loadCypher } from '../../src/db/cypher';
import { listQuery, type ListArgs } from '../../src/modules/list/list.service';
import { EntityOrder, OrderDirection } from '../../src/modules/list/list.type';
import type { Counted } from '../../src/modules/list/list.counted';
import { withEmptyApi } from '../helpers/demo-api';
import { planOperators, type PlanNode } from '../helpers/profile';

const NOTHING: Counted = { total: false, sectors: false, countries: false, kinds: false };
const CLUSTERS = 300;

describe('list pages read a bounded part of the graph (PROFILE): no operator passes every entity of the kind', () => {
  const suite = withEmptyApi();

  beforeAll(async () => {
    const session = suite.db.driver.session({ database: suite.db.database });
    try {
      // 300 clusters; the first 10 focus on one sector and sit in one city of one country.
      await session.run(
        `CREATE (c:Entity:Region {id: 'region-aa', kind: 'Region', name: 'Aa', sortName: 'aa', level: 'country', countryCode: 'AA'})
         CREATE (city:Entity:Region {id: 'city-aa', kind: 'Region', name: 'City', sortName: 'city', level: 'city'})-[:PART_OF]->(c)
         CREATE (s:Entity:Sector {id: 'sec', kind: 'Sector', name: 'Sec', sortName: 'sec'})
         WITH city, s
         UNWIND range(1, $n) AS i
         CREATE (e:Entity:Cluster {id: 'c-' + i, kind: 'Cluster', name: 'Cluster ' + i, sortName: 'cluster ' + i})
         FOREACH (_ IN CASE WHEN i <= 10 THEN [1] ELSE [] END | CREATE (e)-[:FOCUSES_ON]->(s), (e)-[:LOCATED_IN]->(city))`,
        { n: CLUSTERS },
      );
      // The other 290 in a second country: a page of it must not read them all.
      await session.run(
        `CREATE (bb:Entity:Region {id: 'region-bb', kind: 'Region', name: 'Bb', sortName: 'bb', level: 'country', countryCode: 'BB'})
         WITH bb MATCH (e:Cluster) WHERE NOT EXISTS { (e)-[:LOCATED_IN]->() } CREATE (e)-[:LOCATED_IN]->(bb)`,
      );
    } finally {
      await session.close();
    }
    // Written here without the import, so the country each entity lies in is stored as migration 009 does.
    await storeAllCountries(new CypherRunner(suite.db));
  });

  /** The plan's operators after running a page of clusters as the API would (second page, 5 per page). */
  const profile = async (filter: ListArgs['filter'], counted: Counted = NOTHING) => {
    const args: ListArgs = { filter, orderBy: EntityOrder.NAME, direction: OrderDirection.ASC, first: 5 };
    const q = listQuery(['Cluster'] as EntityKind[], args, counted);
    const session = suite.db.driver.session({ database: suite.db.database });
    try {
      const res = await session.run(`PROFILE ${loadCypher(q.name)}`, q.params);
      return { name: q.name, ops: planOperators(res.summary.profile as unknown as PlanNode), rows: res.records.length };
    } finally {
      await session.close();
    }
  };

  it('an unfiltered page without totals seeks the (kind, sortName) index and reads first + 1 entries', async () => {
    const { name, ops } = await profile(undefined);
    expect(name).toBe('list/page-by-name');
    const seeks = ops.filter((o) => o.operatorType.startsWith('NodeIndexSeek'));
    expect(seeks.length).toBeGreaterThan(0);
    // first + 1 per direction's branch, and the seek may read an entry ahead: far from the 300 of a scan.
    expect(Math.max(...ops.map((o) => o.rows))).toBeLessThan(20);
  });

  it.each([
    ['sector', { sector: 'sec' }],
    ['country', { country: 'AA' }],
    ['region', { region: 'city-aa' }],
    ['country and sector', { country: 'region-aa', sector: 'sec' }],
  ])('a page filtered by %s starts from that filter: no operator sees the 300 clusters', async (_what, filter) => {
    for (const counted of [NOTHING, { total: true, sectors: true, countries: true, kinds: true }]) {
      const { name, ops } = await profile(filter, counted);
      expect(name).toBe('country' in filter && counted === NOTHING ? 'list/page-by-country' : 'list/entities');
      // The 10 candidates of the filter, and the ties walked up from them to check the others.
      expect(Math.max(...ops.map((o) => o.rows))).toBeLessThan(50);
    }
  });

  it('a country page without counts seeks the country stored on each entity: first + 1 entries of a 290-cluster country', async () => {
    const { name, ops } = await profile({ country: 'BB' });
    expect(name).toBe('list/page-by-country');
    expect(ops.some((o) => o.operatorType.startsWith('NodeIndexSeek'))).toBe(true);
    // The anchored statement took all 290 as candidates.
    expect(Math.max(...ops.map((o) => o.rows))).toBeLessThan(20);
  });
});
