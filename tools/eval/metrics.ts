/** Area under the ROC curve: the chance a positive outscores a negative (ties count half). */
export function auc(positives: number[], negatives: number[]): number {
  if (!positives.length || !negatives.length) return NaN;
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

/** Share of the top k ranked ids that are relevant. */
export function precisionAt(k: number, ranked: string[], relevant: Set<string>): number {
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / k;
}

/** A small seeded PRNG (mulberry32), so an evaluation run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The mean of finite values. */
export const mean = (xs: number[]) => {
  const ok = xs.filter(Number.isFinite);
  return ok.length ? ok.reduce((s, x) => s + x, 0) / ok.length : NaN;
};

/** How a ranking did for one actor: ranked (scored ids, best first), the rest in random order. */
export interface RankingMeasures {
  auc: number;
  ap: number;
  p10: number;
  r50: number;
}

/**
 * AUC, average precision, precision@10 and recall@50 of a ranking over a set of `size` ids of which
 * `positives` are relevant: `ranked` lists the scored ids of the set best first (ties already broken
 * at random); the unscored rest is in random order, its positives placed at their expected positions.
 */
export function measureRanking(ranked: string[], size: number, positives: Set<string>): RankingMeasures {
  const p = positives.size;
  const n = size - p;
  if (!p || n <= 0) return { auc: NaN, ap: NaN, p10: NaN, r50: NaN };
  const positions: number[] = [];
  let wins = 0;
  let negativesAbove = 0;
  ranked.forEach((id, i) => {
    if (positives.has(id)) {
      positions.push(i + 1);
      wins += n - negativesAbove;
    } else negativesAbove++;
  });
  const tail = size - ranked.length;
  const tailPositives = p - positions.length;
  const tailNegatives = n - negativesAbove;
  // Unscored positives against unscored negatives: a coin toss; against scored negatives: lost.
  wins += tailPositives * tailNegatives * 0.5;
  for (let j = 1; j <= tailPositives; j++) positions.push(ranked.length + (j * (tail + 1)) / (tailPositives + 1));
  const ap = positions.reduce((s, pos, k) => s + (k + 1) / pos, 0) / p;
  const hitsWithin = (k: number) => positions.filter((pos) => pos <= k).length;
  return { auc: wins / (p * n), ap, p10: hitsWithin(10) / 10, r50: hitsWithin(50) / p };
}

/** The pth percentile of values (nearest rank). */
export function percentile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] : NaN;
}
