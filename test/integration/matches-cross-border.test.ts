import { CypherRunner } from '../../src/db/runner';
import { rankCandidates } from '../../src/modules/matches/matches.repository';
import { importRecords } from '../../src/import/importer';
import { answersOf, withEmptyApi } from '../helpers/demo-api';
import { entityRecord, tieRecord } from '../helpers/records';

// The "across a border" source of cooperationMatches (cypher/matches/candidates.cypher, docs/matching.md): actors in
// a neighbouring region of another country that share a sector with the actor. The threat: a neighbouring region of
// the actor's own country passed off as across a border — until 2026-12-04 every neighbouring region was walked,
// which put same-country actors into the pool without a cross-border reason and cost 4,500–44,000 actors walked
// per request at L. Loaded by the importer and written through the API; the country sources are switched off so
// that only this source and the region's are in play.

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
    entityRecord('Organisation', id, { orgType: 'company' }),
    tieRecord('LOCATED_IN', id, region),
    ...(sector ? [tieRecord('FOCUSES_ON', id, sector)] : []),
  ];
  const region = (id: string, level: string, extra: Record<string, unknown> = {}) =>
    entityRecord('Region', id, { level, ...extra });

  beforeAll(async () => {
    // One import (the write path that keeps the stored countries and tie counts, as the API's does).
    const records = [
      region('pl', 'country', { countryCode: 'PL' }),
      region('de', 'country', { countryCode: 'DE' }),
      region('pl-a', 'region'),
      region('pl-b', 'region'),
      region('de-a', 'region'),
      region('de-a-1', 'city'),
      tieRecord('PART_OF', 'pl-a', 'pl'),
      tieRecord('PART_OF', 'pl-b', 'pl'),
      tieRecord('PART_OF', 'de-a', 'de'),
      tieRecord('PART_OF', 'de-a-1', 'de-a'),
      tieRecord('BORDERS', 'pl-a', 'pl-b'),
      tieRecord('BORDERS', 'pl-a', 'de-a'),
      tieRecord('BORDERS', 'pl', 'de'),
      entityRecord('Sector', 'energy', { sectorType: 'industry' }),
      entityRecord('Sector', 'textiles', { sectorType: 'industry' }),
      ...actor('me', 'pl-a', 'energy'),
      // Its own country's neighbouring region, the same sector: not across a border.
      ...actor('next-door', 'pl-b', 'energy'),
      // Across the border, the same sector (one in a town of the bordering region): candidates.
      ...actor('over-border', 'de-a', 'energy'),
      ...actor('over-border-deep', 'de-a-1', 'energy'),
      // Across the border, another sector: not.
      ...actor('over-border-textiles', 'de-a', 'textiles'),
    ];
    const summary = await importRecords(suite.db, records);
    expect(summary.entities.created).toBe(13);
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
    // Through the API this time.
    await ok('mutation { upsertOrganisation(input: {id: "same-region", name: "Same", orgType: COMPANY}) { id } }');
    await ok('mutation { link(input: {kind: LOCATED_IN, from: "same-region", to: "pl-a"}) { kind } }');
    await ok('mutation { link(input: {kind: FOCUSES_ON, from: "same-region", to: "textiles"}) { kind } }');
    const found = await pool();
    expect(found.map((c) => c.id).sort()).toEqual(['over-border', 'over-border-deep', 'same-region']);
    expect(found.find((c) => c.id === 'same-region')!.reasons).toContain('SAME_REGION');
  });
});
