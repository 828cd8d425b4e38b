import fc from 'fast-check';
import { sortName } from '../../src/model/text';
import { storeAllCountries } from '../../src/db/countries';
import { CypherRunner } from '../../src/db/runner';
import { withEmptyApi } from '../helpers/demo-api';

// A small world: two countries with a region and a city below one of them, a sector with a subsector and
// another sector. Entities are placed, focused and tied at random; every filtered page is compared with
// what this file computes from the same records (not with another Cypher statement).
const REGIONS = [
  { id: 'region-aa', level: 'country', countryCode: 'AA', parent: null },
  { id: 'region-bb', level: 'country', countryCode: 'BB', parent: null },
  { id: 'reg-aa-1', level: 'region', countryCode: null, parent: 'region-aa' },
  { id: 'city-aa-1', level: 'city', countryCode: null, parent: 'reg-aa-1' },
  { id: 'reg-bb-1', level: 'region', countryCode: null, parent: 'region-bb' },
];
const SECTORS = [
  { id: 'sec-root', parent: null },
  { id: 'sec-child', parent: 'sec-root' },
  { id: 'sec-other', parent: null },
];
const COOPERATION = ['PARTNER_OF', 'MEMBER_OF'];

type Kind = 'Cluster' | 'Organisation' | 'Region';
interface Actor {
  id: string;
  kind: 'Cluster' | 'Organisation';
  name: string;
  founded: string | null;
  locatedIn: string | null;
  focuses: string[];
}
interface World {
  actors: Actor[];
  ties: { from: string; to: string; type: string }[];
}
interface Ask {
  kinds: Kind[];
  country?: string;
  region?: string;
  sector?: string;
  order: 'NAME' | 'DATE' | 'DEGREE';
  desc: boolean;
  size: number;
  counted: boolean;
}

const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
const above = (parents: Map<string, string | null>, id: string | null): string[] => {
  const out: string[] = [];
  for (let at = id; at != null; at = parents.get(at) ?? null) out.push(at);
  return out;
};
const regionParents = new Map(REGIONS.map((r) => [r.id, r.parent]));
const sectorParents = new Map(SECTORS.map((s) => [s.id, s.parent]));

/** The ids a list answers for `ask`, in order, computed from the records alone. */
function expected(world: World, ask: Ask): string[] {
  const entities = [
    ...world.actors,
    ...REGIONS.map((r) => ({
      id: r.id,
      kind: 'Region' as const,
      name: r.id,
      founded: null,
      locatedIn: null,
      focuses: [],
    })),
  ];
  const rootOf = (code: string) =>
    REGIONS.find((r) => r.level === 'country' && (r.countryCode === code || r.id === code));
  const inTree = (e: (typeof entities)[number], root: string | undefined) =>
    root !== undefined && above(regionParents, e.kind === 'Region' ? e.id : e.locatedIn).includes(root);
  const degree = (id: string) => world.ties.filter((t) => t.from === id || t.to === id).length;
  const key = (e: (typeof entities)[number]): string | number =>
    ask.order === 'NAME'
      ? sortName(e.name)
      : ask.order === 'DEGREE'
        ? degree(e.id)
        : (e.founded ?? (ask.desc ? '' : '~'));
  const rows = entities
    .filter((e) => ask.kinds.includes(e.kind))
    .filter((e) => ask.country === undefined || inTree(e, rootOf(ask.country)?.id))
    .filter((e) => ask.region === undefined || inTree(e, ask.region))
    .filter((e) => ask.sector === undefined || e.focuses.some((f) => above(sectorParents, f).includes(ask.sector!)))
    .map((e) => ({ id: e.id, key: key(e) }))
    .sort((a, b) => cmp(a.key, b.key) || cmp(a.id, b.id));
  return (ask.desc ? rows.reverse() : rows).map((r) => r.id);
}

const actorArb = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,5}$/).map((s) => `a-${s}`),
  kind: fc.constantFrom('Cluster' as const, 'Organisation' as const),
  name: fc.constantFrom('Łódź', 'lodz', 'Alpha', 'Zeta', 'b'),
  founded: fc.option(fc.constantFrom('1999', '2005', '2005-03', '2010'), { nil: null }),
  locatedIn: fc.option(fc.constantFrom(...REGIONS.map((r) => r.id)), { nil: null }),
  focuses: fc.uniqueArray(fc.constantFrom(...SECTORS.map((s) => s.id)), { maxLength: 2 }),
});
const worldArb: fc.Arbitrary<World> = fc
  .uniqueArray(actorArb, { selector: (a) => a.id, maxLength: 24 })
  .chain((actors) =>
    fc.record({
      actors: fc.constant(actors),
      ties:
        actors.length < 2
          ? fc.constant<World['ties']>([])
          : fc
              .uniqueArray(
                fc.record({
                  from: fc.constantFrom(...actors.map((a) => a.id)),
                  to: fc.constantFrom(...actors.map((a) => a.id)),
                  type: fc.constantFrom(...COOPERATION),
                }),
                { selector: (t) => `${t.from} ${t.to} ${t.type}`, maxLength: 30 },
              )
              .map((ts) => ts.filter((t) => t.from !== t.to)),
    }),
  );
const askArb: fc.Arbitrary<Ask> = fc.record(
  {
    kinds: fc.uniqueArray(fc.constantFrom<Kind>('Cluster', 'Organisation', 'Region'), { minLength: 1 }),
    country: fc.constantFrom('AA', 'region-bb', 'BB'),
    region: fc.constantFrom(...REGIONS.map((r) => r.id)),
    sector: fc.constantFrom(...SECTORS.map((s) => s.id)),
    order: fc.constantFrom('NAME' as const, 'DATE' as const, 'DEGREE' as const),
    desc: fc.boolean(),
    size: fc.integer({ min: 1, max: 4 }),
    counted: fc.boolean(),
  },
  { requiredKeys: ['kinds', 'order', 'desc', 'size', 'counted'] },
);

describe('filtered lists: every page read from the most selective filter equals the answer computed from the records', () => {
  const suite = withEmptyApi({ as: 'editor' });

  const load = async (world: World) => {
    const session = suite.db.driver.session({ database: suite.db.database });
    try {
      await session.run('MATCH (e:Entity) DETACH DELETE e');
      await session.run(
        `UNWIND $regions AS r CREATE (:Entity:Region {id: r.id, kind: 'Region', name: r.id, sortName: r.id,
           level: r.level, countryCode: r.countryCode})
         WITH collect(r) AS rs UNWIND rs AS r
         MATCH (child:Region {id: r.id}), (parent:Region {id: r.parent}) CREATE (child)-[:PART_OF]->(parent)`,
        { regions: REGIONS },
      );
      await session.run(
        `UNWIND $sectors AS s CREATE (:Entity:Sector {id: s.id, kind: 'Sector', name: s.id, sortName: s.id})
         WITH collect(s) AS ss UNWIND ss AS s
         MATCH (child:Sector {id: s.id}), (parent:Sector {id: s.parent}) CREATE (child)-[:SUBSECTOR_OF]->(parent)`,
        { sectors: SECTORS },
      );
      await session.run(
        `UNWIND $actors AS a
         CREATE (e:Entity {id: a.id, kind: a.kind, name: a.name, sortName: a.sortName, founded: a.founded})
         FOREACH (_ IN CASE WHEN a.kind = 'Cluster' THEN [1] ELSE [] END | SET e:Cluster)
         FOREACH (_ IN CASE WHEN a.kind = 'Organisation' THEN [1] ELSE [] END | SET e:Organisation)
         WITH e, a
         CALL (e, a) { MATCH (r:Region {id: a.locatedIn}) CREATE (e)-[:LOCATED_IN]->(r) }
         CALL (e, a) { UNWIND a.focuses AS f MATCH (s:Sector {id: f}) CREATE (e)-[:FOCUSES_ON]->(s) }`,
        { actors: world.actors.map((a) => ({ ...a, sortName: sortName(a.name) })) },
      );
      await session.run(
        `UNWIND $ties AS t MATCH (a:Entity {id: t.from}), (b:Entity {id: t.to})
         CALL (a, b, t) {
           FOREACH (_ IN CASE WHEN t.type = 'PARTNER_OF' THEN [1] ELSE [] END | CREATE (a)-[:PARTNER_OF]->(b))
           FOREACH (_ IN CASE WHEN t.type = 'MEMBER_OF' THEN [1] ELSE [] END | CREATE (a)-[:MEMBER_OF]->(b))
         }`,
        { ties: world.ties },
      );
    } finally {
      await session.close();
    }
    // Written here without the import, so the country each entity lies in is stored as migration 009 does.
    await storeAllCountries(new CypherRunner(suite.db));
  };

  /** Every id of the list, page by page, and each page's totalCount when selected. */
  const read = async (ask: Ask) => {
    const filter = {
      kinds: ask.kinds.map((k) => k.toUpperCase()),
      country: ask.country,
      region: ask.region,
      sector: ask.sector,
    };
    const fields = `${ask.counted ? 'totalCount facets { kinds { value count } }' : ''} edges { node { id } } pageInfo { hasNextPage endCursor }`;
    const ids: string[] = [];
    const totals: unknown[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const res: any = await suite.api.gql(
        `query($f: EntityFilter, $a: String) {
           entities(filter: $f, orderBy: ${ask.order}, direction: ${ask.desc ? 'DESC' : 'ASC'}, first: ${ask.size}, after: $a) { ${fields} } }`,
        { f: filter, a: after },
      );
      expect(res.errors).toBeUndefined();
      const conn = res.data.entities;
      ids.push(...conn.edges.map((e: any) => e.node.id));
      if (ask.counted) totals.push(conn.totalCount);
      if (!conn.pageInfo.hasNextPage) return { ids, totals };
      after = conn.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  };

  it('random records, filters (country by code or id, region, sector with subsectors, kinds), orderings and directions', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, askArb, async (world, ask) => {
        await load(world);
        const want = expected(world, ask);
        const got = await read(ask);
        expect(got.ids).toEqual(want);
        if (ask.counted) expect(new Set(got.totals)).toEqual(new Set([want.length]));
      }),
      { numRuns: 30 },
    );
  }, 300_000);
});
