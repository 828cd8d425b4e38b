import { CypherRunner } from '../../src/db/runner';
import { rankCandidates } from '../../src/modules/matches/matches.repository';
import { answersOf, withEmptyApi } from '../helpers/demo-api';

// The "across a border" source of cooperationMatches (cypher/matches/candidates.cypher, docs/matching.md): actors in
// a neighbouring region of another country that share a sector with the actor. The threat: a neighbouring region of
// the actor's own country passed off as across a border — until 2026-12-04 every neighbouring region was walked,
// which put same-country actors into the pool without a cross-border reason and cost 4,500–44,000 actors walked
// per request at L. Written through the API; the country sources are switched off so that only this source and the
// region's are in play.

describe('cooperationMatches: across a border means another country', () => {
  const suite = withEmptyApi({ as: 'admin' });
  const ok = answersOf(suite);
  /** The pool of "me" without the country sources, best first, with each candidate's reasons. */
  const pool = async () =>
    (await rankCandidates(new CypherRunner(suite.db), 'me', 100, { activeInCountry: 0, activeAbroad: 0 })).map((m) => ({
      id: m.candidate.id,
      reasons: m.reasons.map((r) => r.kind as string),
    }));
  const actor = (id: string, region: string, sector?: string) => [
    `upsertOrganisation(input: {id: "${id}", name: "${id}", orgType: COMPANY}) { id }`,
    `link(input: {kind: LOCATED_IN, from: "${id}", to: "${region}"}) { kind }`,
    ...(sector ? [`link(input: {kind: FOCUSES_ON, from: "${id}", to: "${sector}"}) { kind }`] : []),
  ];

  beforeAll(async () => {
    const setup = [
      'upsertRegion(input: {id: "pl", name: "Pl", level: COUNTRY, countryCode: "PL"}) { id }',
      'upsertRegion(input: {id: "de", name: "De", level: COUNTRY, countryCode: "DE"}) { id }',
      'upsertRegion(input: {id: "pl-a", name: "Pl A", level: REGION}) { id }',
      'upsertRegion(input: {id: "pl-b", name: "Pl B", level: REGION}) { id }',
      'upsertRegion(input: {id: "de-a", name: "De A", level: REGION}) { id }',
      'upsertRegion(input: {id: "de-a-1", name: "De A Town", level: CITY}) { id }',
      'link(input: {kind: PART_OF, from: "pl-a", to: "pl"}) { kind }',
      'link(input: {kind: PART_OF, from: "pl-b", to: "pl"}) { kind }',
      'link(input: {kind: PART_OF, from: "de-a", to: "de"}) { kind }',
      'link(input: {kind: PART_OF, from: "de-a-1", to: "de-a"}) { kind }',
      'link(input: {kind: BORDERS, from: "pl-a", to: "pl-b"}) { kind }',
      'link(input: {kind: BORDERS, from: "pl-a", to: "de-a"}) { kind }',
      'link(input: {kind: BORDERS, from: "pl", to: "de"}) { kind }',
      'upsertSector(input: {id: "energy", name: "Energy", sectorType: INDUSTRY}) { id }',
      'upsertSector(input: {id: "textiles", name: "Textiles", sectorType: INDUSTRY}) { id }',
      ...actor('me', 'pl-a', 'energy'),
      // Its own country's neighbouring region, the same sector: not across a border.
      ...actor('next-door', 'pl-b', 'energy'),
      // Across the border, the same sector (one in a subregion of the bordering region): candidates.
      ...actor('over-border', 'de-a', 'energy'),
      ...actor('over-border-deep', 'de-a-1', 'energy'),
      // Across the border, another sector: not.
      ...actor('over-border-textiles', 'de-a', 'textiles'),
    ];
    // One mutation a request: each gets the whole time budget (a shared machine plans every statement cold).
    for (const m of setup) await ok(`mutation { ${m} }`);
  }, 600_000);

  it('a neighbouring region of its own country is not passed off as across a border', async () => {
    const ids = (await pool()).map((c) => c.id);
    expect(ids).not.toContain('next-door');
  });

  it('actors across the border sharing a sector are candidates, with the cross-border reason; another sector is not', async () => {
    const found = await pool();
    expect(found.map((c) => c.id).sort()).toEqual(['over-border', 'over-border-deep']);
    for (const c of found) expect(c.reasons).toEqual(expect.arrayContaining(['CROSS_BORDER', 'SHARED_SECTORS']));
  });

  it('an actor of its own region still comes from the region, whatever its sector', async () => {
    await ok(`mutation { ${actor('same-region', 'pl-a', 'textiles')[0]} }`);
    await ok(`mutation { ${actor('same-region', 'pl-a', 'textiles')[1]} }`);
    const found = await pool();
    expect(found.map((c) => c.id).sort()).toEqual(['over-border', 'over-border-deep', 'same-region']);
    expect(found.find((c) => c.id === 'same-region')!.reasons).toContain('SAME_REGION');
  });
});
