import { auc, mean, precisionAt, seededRandom } from '../../tools/eval/metrics';

describe('evaluation metrics', () => {
  it('AUC is 1 for a perfect ranking, 0 for a reversed one, 0.5 for ties', () => {
    expect(auc([3, 4], [1, 2])).toBe(1);
    expect(auc([1, 2], [3, 4])).toBe(0);
    expect(auc([1, 1], [1, 1])).toBe(0.5);
    expect(auc([3, 1], [2])).toBe(0.5);
  });

  it('precision@k counts relevant ids among the first k', () => {
    expect(precisionAt(4, ['a', 'b', 'c', 'd', 'e'], new Set(['b', 'e']))).toBe(0.25);
    expect(precisionAt(2, ['a'], new Set(['a']))).toBe(0.5);
  });

  it('the seeded random source repeats for a seed and differs across seeds', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mean([1, 2, NaN, 3])).toBe(2);
  });
});
