import { storeAllCountries } from '../../src/db/countries';
import { CypherRunner } from '../../src/db/runner';
import { importRecords } from '../../src/import/importer';
import type { ParsedRecord } from '../../src/import/records';
import { listQuery } from '../../src/modules/list/list.service';
import { EntityOrder, OrderDirection } from '../../src/modules/list/list.type';
import { answersOf, withEmptyApi } from '../helpers/demo-api';

// A page of a country's entities by name (no counts) seeks the country stored on each entity
// (cypher/list/store-countries); every write that moves an entity between countries must re-derive it,
// or the page lists it where it no longer is. Each page here is read twice: by that seek (no totalCount),
// and by list/entities (totalCount selected), which walks down the country's regions at read time when the
// country is its smallest filter, and reads the stored country of each candidate when a sector is smaller;
// both must equal the expected ids.
const NOTHING = { total: false, sectors: false, countries: false, kinds: false };

describe('a country page by name stays right under every write that moves an entity between countries', () => {
  const suite = withEmptyApi({ as: 'admin' });

  const ok = answersOf(suite);

  /** Every organisation id of the country (code or id), page by page (2 a page, so the cursor is used too). */
  const list = async (country: string, withTotal: boolean, sector?: string) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const res: any = await suite.api.gql(
        `query($f: EntityFilter, $a: String) { organisations(filter: $f, first: 2, after: $a) {
           ${withTotal ? 'totalCount' : ''} edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { f: { country, sector }, a: after },
      );
      expect(res.errors).toBeUndefined();
      ids.push(...res.data.organisations.edges.map((e: any) => e.node.id));
      if (!res.data.organisations.pageInfo.hasNextPage) return ids;
      after = res.data.organisations.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  };
  /** Makes a write, then checks each country's page (read both ways) against the ids expected after it. */
  const after = async (mutation: string, pages: Record<string, string[]>) => {
    await ok(mutation);
    for (const [country, ids] of Object.entries(pages)) await expectPage(country, ids);
  };
  /** Checks the country's page, read both ways, against the ids expected. */
  const expectPage = async (country: string, want: string[], sector?: string) => {
    expect(await list(country, false, sector)).toEqual(want);
    expect(await list(country, true, sector)).toEqual(want);
  };

  beforeAll(async () => {
    // One mutation a request: each gets the whole time budget (a shared machine plans every statement cold).
    const setup = [
      'upsertRegion(input: {id: "aa", name: "Aa", level: COUNTRY, countryCode: "AA"}) { id }',
      'upsertRegion(input: {id: "bb", name: "Bb", level: COUNTRY, countryCode: "BB"}) { id }',
      'upsertRegion(input: {id: "reg-a", name: "Reg A", level: REGION}) { id }',
      'upsertRegion(input: {id: "city-a", name: "City A", level: CITY}) { id }',
      'upsertRegion(input: {id: "city-b", name: "City B", level: CITY}) { id }',
      'upsertSector(input: {id: "sec", name: "Sec", sectorType: INDUSTRY}) { id }',
      'upsertOrganisation(input: {id: "o1", name: "Alpha", orgType: UNIVERSITY}) { id }',
      'upsertOrganisation(input: {id: "o2", name: "Beta", orgType: UNIVERSITY}) { id }',
      'upsertOrganisation(input: {id: "o3", name: "Gamma", orgType: UNIVERSITY}) { id }',
      'upsertOrganisation(input: {id: "o4", name: "Delta", orgType: UNIVERSITY}) { id }',
      'link(input: {kind: PART_OF, from: "reg-a", to: "aa"}) { kind }',
      'link(input: {kind: PART_OF, from: "city-a", to: "reg-a"}) { kind }',
      'link(input: {kind: PART_OF, from: "city-b", to: "bb"}) { kind }',
      'link(input: {kind: LOCATED_IN, from: "o1", to: "city-a"}) { kind }',
      'link(input: {kind: LOCATED_IN, from: "o2", to: "reg-a"}) { kind }',
      'link(input: {kind: LOCATED_IN, from: "o3", to: "city-b"}) { kind }',
      'link(input: {kind: FOCUSES_ON, from: "o1", to: "sec"}) { kind }',
      'link(input: {kind: FOCUSES_ON, from: "o3", to: "sec"}) { kind }',
    ];
    for (const m of setup) await ok(`mutation { ${m} }`);
  }, 300_000);

  it('the page without counts is the one that seeks the stored country', () => {
    const args = { filter: { country: 'AA' }, orderBy: EntityOrder.NAME, direction: OrderDirection.ASC, first: 2 };
    expect(listQuery(['Organisation'], args, NOTHING).name).toBe('list/page-by-country');
  });

  it('linked entities are on their country’s page (by code or id, with a sector), the others are not', async () => {
    await expectPage('AA', ['o1', 'o2']);
    await expectPage('bb', ['o3']);
    await expectPage('AA', ['o1'], 'sec');
    await expectPage('BB', ['o3'], 'sec');
  });

  it('a LOCATED_IN relinked to a region of another country moves the entity to that country’s page', async () => {
    await after('mutation { unlink(input: {kind: LOCATED_IN, from: "o1", to: "city-a"}) }', { AA: ['o2'] });
    await after('mutation { link(input: {kind: LOCATED_IN, from: "o1", to: "city-b"}) { kind } }', {
      AA: ['o2'],
      BB: ['o1', 'o3'],
    });
    await ok('mutation { unlink(input: {kind: LOCATED_IN, from: "o1", to: "city-b"}) }');
    await after('mutation { link(input: {kind: LOCATED_IN, from: "o1", to: "city-a"}) { kind } }', {
      AA: ['o1', 'o2'],
    });
  });

  it('an entity located in two countries is on both pages', async () => {
    await ok('mutation { link(input: {kind: LOCATED_IN, from: "o4", to: "city-a"}) { kind } }');
    await after('mutation { link(input: {kind: LOCATED_IN, from: "o4", to: "city-b"}) { kind } }', {
      AA: ['o1', 'o2', 'o4'],
      BB: ['o4', 'o3'],
    });
    await after('mutation { unlink(input: {kind: LOCATED_IN, from: "o4", to: "city-b"}) }', {
      BB: ['o3'],
      AA: ['o1', 'o2', 'o4'],
    });
    await after('mutation { unlink(input: {kind: LOCATED_IN, from: "o4", to: "city-a"}) }', { AA: ['o1', 'o2'] });
  });

  it('an entity in two countries: on both pages when the sector is the smaller filter, and counted for one country in the facet', async () => {
    // The sector (3 ties) is smaller than either country's tree: list/entities takes its entities and reads the
    // country stored on each ('*' for o4, walked up).
    await ok('mutation { link(input: {kind: LOCATED_IN, from: "o4", to: "city-a"}) { kind } }');
    await ok('mutation { link(input: {kind: LOCATED_IN, from: "o4", to: "city-b"}) { kind } }');
    await ok('mutation { link(input: {kind: FOCUSES_ON, from: "o4", to: "sec"}) { kind } }');
    await expectPage('AA', ['o1', 'o4'], 'sec');
    await expectPage('BB', ['o4', 'o3'], 'sec');
    const res: any = await suite.api.gql(
      'query { organisations(filter: {sector: "sec"}, first: 10) { totalCount facets { countries { value name count } } } }',
    );
    expect(res.errors).toBeUndefined();
    const facet = res.data.organisations.facets.countries as { value: string; name: string; count: number }[];
    expect(res.data.organisations.totalCount).toBe(3);
    expect(facet.reduce((n, c) => n + c.count, 0)).toBe(3);
    const byId = Object.fromEntries(facet.map((c) => [c.value, c]));
    expect([byId.aa?.name, byId.bb?.name]).toEqual(['Aa', 'Bb']);
    expect([byId.aa.count, byId.bb.count].sort()).toEqual([1, 2]);
    await ok('mutation { unlink(input: {kind: FOCUSES_ON, from: "o4", to: "sec"}) }');
    await ok('mutation { unlink(input: {kind: LOCATED_IN, from: "o4", to: "city-b"}) }');
    await after('mutation { unlink(input: {kind: LOCATED_IN, from: "o4", to: "city-a"}) }', { AA: ['o1', 'o2'] });
  });

  it('a region moved under another country takes what is located in it (and below it) along', async () => {
    await after('mutation { unlink(input: {kind: PART_OF, from: "reg-a", to: "aa"}) }', { AA: [] });
    await after('mutation { link(input: {kind: PART_OF, from: "reg-a", to: "bb"}) { kind } }', {
      BB: ['o1', 'o2', 'o3'],
    });
    await ok('mutation { unlink(input: {kind: PART_OF, from: "reg-a", to: "bb"}) }');
    await after('mutation { link(input: {kind: PART_OF, from: "reg-a", to: "aa"}) { kind } }', {
      AA: ['o1', 'o2'],
      BB: ['o3'],
    });
  });

  it('a region whose level becomes or stops being "country" changes the page of what lies below it', async () => {
    // Below two countries then (reg-a and aa): on both pages.
    await after(
      'mutation { upsertRegion(input: {id: "reg-a", name: "Reg A", level: COUNTRY, countryCode: "RA"}) { id } }',
      { RA: ['o1', 'o2'], AA: ['o1', 'o2'] },
    );
    await after('mutation { upsertRegion(input: {id: "aa", name: "Aa", level: REGION}) { id } }', {
      AA: [],
      RA: ['o1', 'o2'],
    });
    await ok('mutation { upsertRegion(input: {id: "aa", name: "Aa", level: COUNTRY, countryCode: "AA"}) { id } }');
    await after('mutation { upsertRegion(input: {id: "reg-a", name: "Reg A", level: REGION}) { id } }', {
      AA: ['o1', 'o2'],
      RA: [],
    });
  });

  it('an upsert that replaces an entity’s properties keeps it on its country’s page, under its new name', async () => {
    await after('mutation { upsertOrganisation(input: {id: "o1", name: "Zulu", orgType: COMPANY}) { id } }', {
      AA: ['o2', 'o1'],
    });
    await after('mutation { upsertOrganisation(input: {id: "o1", name: "Alpha", orgType: UNIVERSITY}) { id } }', {
      AA: ['o1', 'o2'],
    });
  });

  it('a deleted region takes what is located in it off the page; restored, it brings it back', async () => {
    await after('mutation { deleteEntity(id: "reg-a") { detachedCount } }', { AA: [] });
    await after('mutation { restoreEntity(id: "reg-a") { entity { id } } }', { AA: ['o1', 'o2'] });
    await after('mutation { deleteEntity(id: "o2") { detachedCount } }', { AA: ['o1'] });
    await after('mutation { restoreEntity(id: "o2") { entity { id } } }', { AA: ['o1', 'o2'] });
  });

  it('an imported file (online import, a transaction per batch) is on its country’s page', async () => {
    const origin = { file: 'test', record: 'r' };
    const records: ParsedRecord[] = [
      { origin, entity: { kind: 'Region', id: 'cc', name: 'Cc', level: 'country', countryCode: 'CC' } },
      { origin, entity: { kind: 'Region', id: 'city-c', name: 'City C', level: 'city' } },
      { origin, entity: { kind: 'Organisation', id: 'o5', name: 'Epsilon', orgType: 'company' } },
      { origin, relation: { type: 'LOCATED_IN', from: 'o5', to: 'city-c' } },
      { origin, relation: { type: 'PART_OF', from: 'city-c', to: 'cc' } },
      // o2 leaves reg-a for City C (the import adds a tie; the unlink below removes the old one).
      { origin, relation: { type: 'LOCATED_IN', from: 'o2', to: 'city-c' } },
    ];
    await importRecords(suite.db, records, { batchSize: 2, singleTransactionLimit: 0 });
    await expectPage('CC', ['o2', 'o5']);
    await ok('mutation { unlink(input: {kind: LOCATED_IN, from: "o2", to: "reg-a"}) }');
    await expectPage('AA', ['o1']);
    await expectPage('CC', ['o2', 'o5']);
  });

  it('data written before the country was stored (migration 009) is filled by the migration’s step', async () => {
    const session = suite.db.driver.session({ database: suite.db.database });
    try {
      await session.run('MATCH (e:Entity) REMOVE e.countryId');
      // Without it the seek finds nothing (the walk of list/entities still does): the step is what fills it.
      expect(await list('AA', false)).toEqual([]);
      await storeAllCountries(new CypherRunner(suite.db));
      await expectPage('AA', ['o1']);
      await expectPage('CC', ['o2', 'o5']);
      await expectPage('BB', ['o3']);
    } finally {
      await session.close();
    }
  });
});
