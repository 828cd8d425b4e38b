import fc from 'fast-check';
import type { EntityProps } from '../../src/modules/entity/entity.type';
import { ReasonKind } from '../../src/modules/matches/matches.type';
import { adamicAdar, scoreCandidate, WEIGHTS, type CandidateRow } from '../../src/modules/matches/scoring';

const candidate: EntityProps = { id: 'bloxhub', kind: 'Cluster', name: 'BLOXHUB' };
const nothing: CandidateRow = {
  candidate,
  score: 0,
  common: [],
  sharedSectors: [],
  complementarySectors: [],
  sameRegion: null,
  sameCountry: null,
  ties: 0,
  crossBorder: false,
  sharedProgrammes: [],
};
const row = (over: Partial<CandidateRow>): CandidateRow => ({ ...nothing, ...over });

const ids = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 6 });
const rows = fc.record({
  candidate: fc.constant(candidate),
  score: fc.constant(0),
  common: fc.array(fc.record({ id: fc.stringMatching(/^[a-z]{1,8}$/), degree: fc.integer({ min: -3, max: 10_000 }) }), {
    maxLength: 8,
  }),
  sharedSectors: ids,
  complementarySectors: ids,
  sameRegion: fc.option(fc.constant('malopolska')),
  sameCountry: fc.option(fc.constant('poland')),
  ties: fc.nat(500),
  crossBorder: fc.boolean(),
  sharedProgrammes: ids,
});

describe('match scoring (docs/matching.md)', () => {
  it('weighs a common partner by 1/ln(1 + its degree): a hub tied to everyone says little', () => {
    expect(adamicAdar([])).toBe(0);
    expect(adamicAdar([{ degree: 1 }])).toBeCloseTo(1 / Math.log(2), 12);
    expect(adamicAdar([{ degree: 2 }, { degree: 1000 }])).toBeCloseTo(1 / Math.log(3) + 1 / Math.log(1001), 12);
    expect(adamicAdar([{ degree: 1000 }])).toBeLessThan(adamicAdar([{ degree: 3 }]) / 4.9);
    // A degree below 1 (a partner whose ties were not counted) weighs as one tie, never dividing by ln 1 = 0.
    for (const degree of [0, -5]) expect(adamicAdar([{ degree }])).toBe(adamicAdar([{ degree: 1 }]));
  });

  it('gives a candidate with nothing in common a score of 0 and no reasons', () => {
    expect(scoreCandidate(nothing)).toEqual({ candidate, score: 0, reasons: [], features: nothing });
  });

  it('explains each part with the entities behind it, heaviest first', () => {
    const s = scoreCandidate(
      row({
        common: [{ id: 'urbanhub-europe', degree: 4 }],
        sharedSectors: ['smart-city', 'cleantech'],
        sameRegion: 'malopolska',
        sameCountry: 'poland',
        ties: 1,
        sharedProgrammes: ['visegrad-fund'],
      }),
    );
    // Heaviest first: the order follows the weights (src/modules/matches/weights.ts), ties by kind.
    const expected = [
      {
        kind: ReasonKind.SHARED_SECTORS,
        weight: 2 * WEIGHTS.sharedSector,
        explanation: 'works in 2 of the same sectors',
        entityIds: ['smart-city', 'cleantech'],
      },
      {
        kind: ReasonKind.COMMON_PARTNERS,
        weight: WEIGHTS.commonPartner / Math.log(5),
        explanation: '1 common partner (fewer-tied partners count more)',
        entityIds: ['urbanhub-europe'],
      },
      {
        kind: ReasonKind.SAME_REGION,
        weight: WEIGHTS.sameRegion,
        explanation: 'located in the same region',
        entityIds: ['malopolska'],
      },
      {
        kind: ReasonKind.SHARED_PROGRAMMES,
        weight: WEIGHTS.sharedProgramme,
        explanation: 'funded by the same programmes',
        entityIds: ['visegrad-fund'],
      },
      {
        kind: ReasonKind.EXPERIENCE,
        weight: WEIGHTS.experience * Math.log(2),
        explanation: 'a track record of cooperation: 1 cooperation tie',
        entityIds: [],
      },
    ].sort((a, b) => b.weight - a.weight || a.kind.localeCompare(b.kind));
    expect(s.reasons).toEqual(expected);
    // The same region already says the same country: it is not counted twice.
    expect(s.reasons.map((r) => r.kind)).not.toContain(ReasonKind.SAME_COUNTRY);
    expect(scoreCandidate(row({ sameCountry: 'poland' })).reasons).toEqual([
      {
        kind: ReasonKind.SAME_COUNTRY,
        weight: WEIGHTS.sameCountry,
        explanation: 'located in the same country',
        entityIds: ['poland'],
      },
    ]);
    expect(
      scoreCandidate(
        row({
          common: [
            { id: 'a', degree: 1 },
            { id: 'b', degree: 1 },
          ],
          ties: 3,
        }),
      ).reasons.map((r) => r.explanation),
    ).toEqual([
      '2 common partners (fewer-tied partners count more)',
      'a track record of cooperation: 3 cooperation ties',
    ]);
  });

  it('lists the common partners that weigh most (the fewer-tied) first, equal ones by id, whatever order they came in', () => {
    const common = [
      { id: 'hub', degree: 90 },
      { id: 'b', degree: 2 },
      { id: 'a', degree: 2 },
      { id: 'small', degree: 1 },
    ];
    for (const order of [common, [...common].reverse()])
      expect(scoreCandidate(row({ common: order })).reasons[0].entityIds).toEqual(['small', 'a', 'b', 'hub']);
  });

  it('breaks ties between equal weights by reason kind, so the order is deterministic', () => {
    // Weights chosen so that two complementary sectors (2 × 0.25) weigh as much as one shared sector (0.5).
    const weights = { ...WEIGHTS, sharedSector: 0.5, complementarySector: 0.25, crossBorder: 0.4 };
    const s = scoreCandidate(
      row({ crossBorder: true, complementarySectors: ['a', 'b'], sharedSectors: ['c'] }),
      weights,
    );
    expect(s.reasons.map((r) => [r.kind, r.weight])).toEqual([
      [ReasonKind.COMPLEMENTARY_SECTORS, 0.5],
      [ReasonKind.SHARED_SECTORS, 0.5],
      [ReasonKind.CROSS_BORDER, 0.4],
    ]);
  });

  it('scores the sum of its reasons, each positive, in order, and never less for more in common (property)', () => {
    fc.assert(
      fc.property(
        rows,
        fc.record({ id: fc.constant('extra'), degree: fc.integer({ min: 1, max: 10_000 }) }),
        (r, extra) => {
          const s = scoreCandidate(r);
          expect(s.score).toBeCloseTo(
            s.reasons.reduce((sum, x) => sum + x.weight, 0),
            12,
          );
          expect(s.reasons.every((x) => x.weight > 0 && Number.isFinite(x.weight))).toBe(true);
          for (let i = 1; i < s.reasons.length; i++)
            expect(s.reasons[i - 1].weight).toBeGreaterThanOrEqual(s.reasons[i].weight);
          expect(new Set(s.reasons.map((x) => x.kind)).size).toBe(s.reasons.length);
          expect(s.features).toBe(r);
          expect(scoreCandidate({ ...r, common: [...r.common, extra] }).score).toBeGreaterThan(s.score);
          expect(scoreCandidate({ ...r, ties: r.ties + 1 }).score).toBeGreaterThan(s.score);
        },
      ),
      { numRuns: 300 },
    );
  });
});
