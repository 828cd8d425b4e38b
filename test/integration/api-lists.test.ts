import { sortName } from '../../src/model/text';
import { demoOracle } from '../helpers/demo-oracle';
import { withDemoApi } from '../helpers/demo-api';

const oracle = demoOracle();
// Code-point order of folded names, as the API promises (and as Neo4j compares strings).
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const byName = (a: any, b: any) => cmp(sortName(a.name), sortName(b.name)) || cmp(a.id, b.id);

describe('list fields: filters, orderings, keyset pagination, facets', () => {
  const suite = withDemoApi({ as: 'editor' });
  /** Every id of a list, following pages of `size` until the end. */
  const allPages = async (field: string, args: string, size: number) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const res: any = await suite.api.gql(
        `query($after: String) { ${field}(${args} first: ${size}, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const conn = res.data[field];
      ids.push(...conn.edges.map((e: any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) return { ids, total: conn.totalCount };
      after = conn.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  };
  /** A filtered list holds exactly the oracle's entities of `kind` that pass `keep` (any order); its ids. */
  const expectFiltered = async (field: string, filter: string, kind: string, keep: (e: any) => boolean) => {
    const { ids } = await allPages(field, `filter: ${filter},`, 50);
    const expected = oracle.ofKind(kind).filter(keep);
    expect(ids.sort()).toEqual(expected.map((e) => e.id).sort());
    return ids;
  };

  it.each([
    ['clusters', 'Cluster'],
    ['organisations', 'Organisation'],
    ['regions', 'Region'],
    ['projects', 'Project'],
    ['alliances', 'Alliance'],
    ['events', 'Event'],
    ['programmes', 'Programme'],
    ['sectors', 'Sector'],
  ])('%s: pages of 4 by name cover every %s once, in order', async (field, kind) => {
    const expected = oracle
      .ofKind(kind)
      .sort(byName)
      .map((e) => e.id);
    const { ids, total } = await allPages(field, '', 4);
    expect(total).toBe(expected.length);
    expect(ids).toEqual(expected);
  });

  it('filters by region including every sub-region (regions: the region and below)', async () => {
    await expectFiltered('organisations', '{region: "poland"}', 'Organisation', (e) => oracle.inRegion(e, 'poland'));
    const silesia = (e: any) => oracle.inRegion(e, 'silesian-voivodeship');
    const regions = await expectFiltered('regions', '{region: "silesian-voivodeship"}', 'Region', silesia);
    expect(regions).toEqual(expect.arrayContaining(['katowice', 'upper-silesia', 'bielsko-biala']));
  });

  it('filters by country code or id, sector (with subsectors), labels, organisation type and text', async () => {
    const czech = (e: any) => oracle.inRegion(e, 'czech-republic');
    await expectFiltered('clusters', '{country: "CZ"}', 'Cluster', czech);
    await expectFiltered('clusters', '{country: "czech-republic"}', 'Cluster', czech);
    await expectFiltered('clusters', '{sector: "life-science"}', 'Cluster', (e) => oracle.inSector(e, 'life-science'));
    const knc = await allPages('clusters', 'filter: {labels: ["key-national-cluster"]},', 50);
    expect(knc.ids.sort()).toEqual([
      'medsilesia',
      'metal-processing-cluster',
      'polish-construction-cluster',
      'sustainable-infrastructure-cluster',
    ]);
    const authority = (e: any) => e.orgType === 'public-authority';
    await expectFiltered('organisations', '{orgTypes: [PUBLIC_AUTHORITY]}', 'Organisation', authority);
    const text = await allPages('clusters', 'filter: {text: "smart city"},', 50);
    expect(text.ids).toEqual(expect.arrayContaining(['czech-smart-city-cluster', 'slovak-smart-city-cluster']));
  });

  it('filters events by a date range', async () => {
    const r = await allPages('events', 'filter: {dateFrom: "2019", dateTo: "2022-12-31"}, orderBy: DATE,', 50);
    const expected = oracle
      .ofKind('Event')
      .filter((e) => e.startDate && e.startDate >= '2019' && e.startDate <= '2022-12-31');
    expect(r.ids.sort()).toEqual(expected.map((e) => e.id).sort());
    expect(r.ids).toContain('podlasie-study-visit-2019');
    expect(r.ids).not.toContain('ecri-study-visit-2018');
  });

  it('orders by date and by number of cooperation ties, both directions, across pages', async () => {
    const byDate = await allPages('events', 'orderBy: DATE, direction: DESC,', 3);
    const dated = oracle
      .ofKind('Event')
      .filter((e) => e.startDate)
      .sort((a, b) => b.startDate.localeCompare(a.startDate) || b.id.localeCompare(a.id));
    expect(byDate.ids.slice(0, dated.length)).toEqual(dated.map((e) => e.id));
    const byDegree = await allPages('clusters', 'orderBy: DEGREE, direction: DESC,', 3);
    const expected = oracle
      .ofKind('Cluster')
      .sort((a, b) => oracle.degree(b.id) - oracle.degree(a.id) || b.id.localeCompare(a.id));
    expect(byDegree.ids).toEqual(expected.map((e) => e.id));
    expect(byDegree.ids[0]).toBe('south-poland-cleantech-cluster');
  });

  it('keeps pages stable when an entity is inserted between them (keyset, not offset)', async () => {
    const first: any = await suite.api.gql(
      '{ clusters(first: 5) { edges { node { id name } } pageInfo { endCursor } } }',
    );
    const after = first.data.clusters.pageInfo.endCursor;
    const firstIds = first.data.clusters.edges.map((e: any) => e.node.id);
    const before: any = await suite.api.gql(
      'query($a: String) { clusters(first: 5, after: $a) { edges { node { id } } } }',
      { a: after },
    );
    // A name sorting before everything on the first page.
    await suite.api.gql(
      'mutation { upsertCluster(input: {id: "aaa-inserted-cluster", name: "AAA Inserted Cluster"}) { id } }',
    );
    const again: any = await suite.api.gql(
      'query($a: String) { clusters(first: 5, after: $a) { totalCount edges { node { id } } } }',
      { a: after },
    );
    expect(again.data.clusters.edges).toEqual(before.data.clusters.edges);
    expect(again.data.clusters.totalCount).toBe(oracle.ofKind('Cluster').length + 1);
    expect(firstIds).not.toContain('aaa-inserted-cluster');
    await suite.api.gql('mutation { deleteEntity(id: "aaa-inserted-cluster") { id } }');
  });

  it('returns facets per sector, country and kind for the current filter', async () => {
    const res = await suite.api.gql(
      '{ entities(filter: {region: "malopolska", kinds: [CLUSTER, ORGANISATION, PROJECT]}, first: 1) { totalCount facets { kinds { value count } countries { value count } sectors { value count } } } }',
    );
    const inMalopolska = oracle.entities.filter(
      (e) => ['Cluster', 'Organisation', 'Project'].includes(e.kind) && oracle.inRegion(e, 'malopolska'),
    );
    const c = res.data.entities;
    expect(c.totalCount).toBe(inMalopolska.length);
    const kinds = Object.fromEntries(c.facets.kinds.map((k: any) => [k.value, k.count]));
    for (const kind of ['Cluster', 'Organisation', 'Project']) {
      const n = inMalopolska.filter((e) => e.kind === kind).length;
      if (n) expect(kinds[kind.toUpperCase()]).toBe(n);
    }
    expect(c.facets.countries).toEqual([{ value: 'poland', count: inMalopolska.length }]);
    const lifeScience = inMalopolska.filter((e) =>
      oracle.relations.some((r) => r.from === e.id && r.type === 'FOCUSES_ON' && r.to === 'life-science'),
    ).length;
    expect(c.facets.sectors.find((s: any) => s.value === 'life-science')?.count ?? 0).toBe(lifeScience);
  });

  it('refuses bad arguments with the field named', async () => {
    const cases: [string, RegExp, string][] = [
      ['{ clusters(first: 0) { totalCount } }', /first: expected an integer from 1 to 100/, 'BAD_USER_INPUT'],
      ['{ clusters(after: "not-a-cursor") { totalCount } }', /after: expected a cursor/, 'BAD_USER_INPUT'],
      [
        '{ events(filter: {dateFrom: "July 2019"}) { totalCount } }',
        /filter.dateFrom: expected an ISO date/,
        'BAD_USER_INPUT',
      ],
      [
        '{ clusters(filter: {orgTypes: [COMPANY]}) { totalCount } }',
        /filter.orgTypes: applies to organisations only/,
        'BAD_USER_INPUT',
      ],
      [
        '{ organisations(filter: {orgTypes: [PIRATE]}) { totalCount } }',
        /Value "PIRATE" does not exist in "OrgType" enum/,
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        '{ clusters(filter: {sector: "basket-weaving"}) { totalCount } }',
        /No sector with id "basket-weaving"/,
        'NOT_FOUND',
      ],
    ];
    for (const [query, message, code] of cases) {
      const res = await suite.api.gql(query);
      expect([query, res.errors?.[0].message]).toEqual([query, expect.stringMatching(message)]);
      expect(res.errors?.[0].extensions.code).toBe(code);
    }
    const page: any = await suite.api.gql('{ clusters(first: 2, orderBy: NAME) { pageInfo { endCursor } } }');
    const wrong = await suite.api.gql('query($a: String) { clusters(orderBy: DEGREE, after: $a) { totalCount } }', {
      a: page.data.clusters.pageInfo.endCursor,
    });
    expect(wrong.errors?.[0].message).toMatch(/the cursor belongs to ordering NAME ASC, not DEGREE ASC/);
  });
});
