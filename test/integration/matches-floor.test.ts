import { CypherRunner } from '../../src/db/runner';
import { rankCandidates, REACH } from '../../src/modules/matches/matches.repository';
import { importRecords } from '../../src/import/importer';
import { withEmptyApi } from '../helpers/demo-api';
import type { VisibilityScope } from '../../src/auth/visibility';
import { entityRecord, tieRecord } from '../helpers/records';

// The floor under the bar of cooperationMatches (cypher/matches/candidates.cypher, docs/performance.md "Matches at L:
// a floor before the sources"): the best partners' partners are ranked first, and every other source's rows whose
// candidate cannot reach the top `first` (its stored ties too few) are dropped before they are grouped. The threats:
// a bound that is not one — a candidate dropped that belonged in the top, or a top candidate losing evidence (its
// shared programme) because its own row of another source was dropped — answering other scores than the whole pool.
// The bound is off for more than REACH candidates, so `first: REACH + 1` is the whole pool, ranked the same way.

describe('cooperationMatches: the floor before the sources drops nobody who can reach the top', () => {
  const suite = withEmptyApi({ as: 'admin' });
  const rank = (first: number, scope?: VisibilityScope) =>
    rankCandidates(new CypherRunner(suite.db), 'me', first, scope ? { scope } : {});
  const org = (id: string) => entityRecord('Organisation', id, { orgType: 'company' });
  const introducers = ['i1', 'i2', 'i3'];
  const pop = Array.from({ length: 12 }, (_, i) => `pop-${String(i).padStart(2, '0')}`);
  const quiet = Array.from({ length: 20 }, (_, i) => `quiet-${String(i).padStart(2, '0')}`);
  const events = Array.from({ length: 120 }, (_, i) => `ev-${String(i).padStart(3, '0')}`);

  beforeAll(async () => {
    const records = [
      entityRecord('Region', 'pl', { level: 'country', countryCode: 'PL' }),
      entityRecord('Region', 'pl-a', { level: 'region' }),
      tieRecord('PART_OF', 'pl-a', 'pl'),
      entityRecord('Programme', 'fund', { programmeType: 'fund' }),
      // The actor: in pl-a, in a project the fund pays for, and in a project with three partners (the introducers).
      org('me'),
      tieRecord('LOCATED_IN', 'me', 'pl-a'),
      entityRecord('Project', 'p-me'),
      tieRecord('PARTICIPATES_IN', 'me', 'p-me'),
      tieRecord('FUNDED_BY', 'p-me', 'fund'),
      entityRecord('Project', 'p-intro'),
      tieRecord('PARTICIPATES_IN', 'me', 'p-intro'),
      ...introducers.flatMap((i) => [org(i), tieRecord('PARTICIPATES_IN', i, 'p-intro')]),
      // Twelve partners' partners, each tied to all three introducers (the top of the ranking); one of them also in
      // a project the same fund pays for, with few ties of its own (under the floor's tie count).
      ...pop.flatMap((c) => [org(c), ...introducers.map((i) => tieRecord('PARTNER_OF', i, c))]),
      entityRecord('Project', 'p-pop'),
      tieRecord('PARTICIPATES_IN', pop[5], 'p-pop'),
      tieRecord('FUNDED_BY', 'p-pop', 'fund'),
      // A busy actor of the region (120 events attended): enough ties to score above the partners' partners.
      org('busy'),
      tieRecord('LOCATED_IN', 'busy', 'pl-a'),
      ...events.flatMap((e) => [
        entityRecord('Event', e, { eventType: 'conference' }),
        tieRecord('ATTENDED', 'busy', e),
      ]),
      // An actor of the region as busy, but with private ties only: busy for the one viewer who may see them.
      org('secretive'),
      tieRecord('LOCATED_IN', 'secretive', 'pl-a'),
      ...events.map((e) => tieRecord('ATTENDED', 'secretive', e, { visibility: 'PRIVATE' })),
      // Quiet actors of the region (one tie each): in the pool, far under the floor.
      ...quiet.flatMap((q) => [org(q), tieRecord('LOCATED_IN', q, 'pl-a'), tieRecord('ATTENDED', q, events[0])]),
    ];
    await importRecords(suite.db, records);
  }, 600_000);

  it('the first ten are the whole pool’s first ten, with the same scores and reasons', async () => {
    const whole = await rank(REACH + 1);
    // The fixture gives the bound something to drop: the quiet actors are candidates of the whole pool.
    expect(whole.map((m) => m.candidate.id)).toEqual(expect.arrayContaining(quiet));
    const top = await rank(10);
    const shape = (ms: typeof top) => ms.map((m) => ({ id: m.candidate.id, score: m.score, reasons: m.reasons }));
    expect(shape(top)).toEqual(shape(whole.slice(0, 10)));
  });

  it('a best partner’s partner with few ties keeps its shared programme', async () => {
    const top = await rank(10);
    const c = top.find((m) => m.candidate.id === pop[5]);
    expect(c?.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['COMMON_PARTNERS', 'SHARED_PROGRAMMES']));
    expect(top[0].candidate.id).toBe(pop[5]);
  });

  it('a busy actor of the region, above the floor, still enters the top', async () => {
    const top = await rank(10);
    const busy = top.find((m) => m.candidate.id === 'busy');
    expect(busy?.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['SAME_REGION', 'EXPERIENCE']));
    expect(top.map((m) => m.candidate.id)).not.toEqual(expect.arrayContaining([quiet[0]]));
  });

  it('a viewer who may see hidden ties finds the actor they make busy: the floor counts them for that viewer', async () => {
    const viewer: VisibilityScope = { all: false, own: ['secretive'], partners: ['secretive'] };
    const top = await rank(10, viewer);
    expect(top.map((m) => m.candidate.id)).toContain('secretive');
    const whole = await rank(REACH + 1, viewer);
    const shape = (ms: typeof top) => ms.map((m) => ({ id: m.candidate.id, score: m.score }));
    expect(shape(top)).toEqual(shape(whole.slice(0, 10)));
    // Anonymous callers see none of its ties: it stays out of their top.
    expect((await rank(10)).map((m) => m.candidate.id)).not.toContain('secretive');
  });
});
