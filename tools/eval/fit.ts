import type { CandidateRow } from '../../src/modules/matches/scoring';
import { adamicAdar } from '../../src/modules/matches/scoring';
import type { Weights } from '../../src/modules/matches/weights';

// Fitting the match score's weights: logistic regression over the reasons' raw features, with every
// weight kept ≥ MIN_WEIGHT (projected gradient) so that each reason only ever adds, is still shown,
// and the score stays the sum of the reasons shown. The intercept is fitted and dropped: it does not change a ranking.

/** The least a fitted weight may be: a reason the fit would zero still counts a little and is still shown. */
export const MIN_WEIGHT = 0.01;

/** The reasons' raw features of a candidate, in the order of WEIGHT_KEYS. */
export const WEIGHT_KEYS: (keyof Weights)[] = [
  'commonPartner',
  'sharedSector',
  'complementarySector',
  'sameRegion',
  'sameCountry',
  'experience',
  'crossBorder',
  'sharedProgramme',
];

/** What each weight multiplies (scoring.ts): the features of one candidate. */
export function features(r: CandidateRow): number[] {
  return [
    adamicAdar(r.common),
    r.sharedSectors.length,
    r.complementarySectors.length,
    r.sameRegion ? 1 : 0,
    !r.sameRegion && r.sameCountry ? 1 : 0,
    Math.log(1 + r.ties),
    r.crossBorder ? 1 : 0,
    r.sharedProgrammes.length,
  ];
}

/** Fits non-negative weights to labelled feature rows (positives weighted to balance the classes). */
export function fitWeights(rows: { x: number[]; y: 0 | 1 }[], iterations = 3000, l2 = 1e-3): Weights {
  const d = WEIGHT_KEYS.length;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r.x[j], 0) / rows.length);
  const sd = Array.from({ length: d }, (_, j) =>
    Math.sqrt(rows.reduce((s, r) => s + (r.x[j] - mean[j]) ** 2, 0) / rows.length || 1),
  );
  const z = rows.map((r) => r.x.map((v, j) => (v - mean[j]) / sd[j]));
  const positives = rows.filter((r) => r.y).length;
  const weightOf = (y: number) => (y ? rows.length / (2 * positives) : rows.length / (2 * (rows.length - positives)));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const rate = 0.5;
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    rows.forEach((r, i) => {
      const p = 1 / (1 + Math.exp(-(b + z[i].reduce((s, v, j) => s + v * w[j], 0))));
      const e = (p - r.y) * weightOf(r.y);
      for (let j = 0; j < d; j++) g[j] += e * z[i][j];
      gb += e;
    });
    for (let j = 0; j < d; j++) w[j] = Math.max(0, w[j] - rate * (g[j] / rows.length + l2 * w[j]));
    b -= (rate * gb) / rows.length;
  }
  return Object.fromEntries(WEIGHT_KEYS.map((k, j) => [k, Math.max(MIN_WEIGHT, w[j] / sd[j])])) as Weights;
}
