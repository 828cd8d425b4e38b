import {
  countsKey,
  forgetCounts,
  keepCounts,
  keptCounts,
  keptCountsSize,
  KEPT_ROWS,
  KEY_CHARS_PER_UNIT,
  stillToCount,
} from '../../src/modules/list/list.counts';
import type { Counted } from '../../src/modules/list/list.counted';

const ALL: Counted = { total: true, sectors: true, countries: true, kinds: true };
const facet = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `S ${i}`, count: n - i }));
const row = (total: number) => ({ total, sectors: facet(25), countries: facet(50), kinds: facet(8) });

describe('list counts kept (unit)', () => {
  beforeEach(() => forgetCounts());

  it('a client asking thousands of different filters keeps memory bounded', () => {
    for (let i = 0; i < 5_000; i++) keepCounts(countsKey(['Organisation'], { text: `q${i}` }), 't1', {}, ALL, row(i));
    const { filters, rows } = keptCountsSize();
    expect(rows).toBeLessThanOrEqual(KEPT_ROWS);
    expect(filters).toBeLessThan(5_000);
    // The latest are kept, the oldest dropped.
    expect(keptCounts(countsKey(['Organisation'], { text: 'q4999' }), 't1').total).toBe(4999);
    expect(keptCounts(countsKey(['Organisation'], { text: 'q0' }), 't1')).toEqual({});
  });

  it('a client sending thousands of filters with long texts cannot grow the cache past its bound', () => {
    const long = (i: number) => `${'x'.repeat(990)}${String(i).padStart(10, '0')}`;
    // Totals alone: no facet rows, so the keys are all there is to pay for.
    const totalOnly = { ...ALL, sectors: false, countries: false, kinds: false };
    for (let i = 0; i < 20_000; i++)
      keepCounts(countsKey(['Organisation'], { text: long(i) }), 't', {}, totalOnly, row(i));
    const { filters, rows } = keptCountsSize();
    expect(rows).toBeLessThanOrEqual(KEPT_ROWS);
    // Every kept key's characters are paid for: at most KEPT_ROWS × KEY_CHARS_PER_UNIT characters of keys in all.
    const keyLength = countsKey(['Organisation'], { text: long(0) }).length;
    expect(filters * keyLength).toBeLessThanOrEqual(KEPT_ROWS * KEY_CHARS_PER_UNIT);
    expect(keptCounts(countsKey(['Organisation'], { text: long(19_999) }), 't').total).toBe(19_999);
  });

  it('counts kept under one token are never answered under another, nor without one', () => {
    const key = countsKey(['Cluster'], { country: 'pl' });
    keepCounts(key, 't1', {}, ALL, row(7));
    expect(keptCounts(key, 't1').total).toBe(7);
    expect(keptCounts(key, 't2')).toEqual({});
    expect(keptCounts(key, null)).toEqual({});
    keepCounts(key, null, {}, ALL, row(9));
    expect(keptCounts(key, 't1').total).toBe(7);
  });

  it('the key holds what the counts depend on, and only that', () => {
    const base = countsKey(['Organisation', 'Cluster'], { country: 'pl', sector: 'energy', orgTypes: ['SME', 'NGO'] });
    expect(countsKey(['Cluster', 'Organisation'], { sector: 'energy', country: 'pl', orgTypes: ['NGO', 'SME'] })).toBe(
      base,
    );
    for (const other of [
      countsKey(['Organisation'], { country: 'pl', sector: 'energy', orgTypes: ['SME', 'NGO'] }),
      countsKey(['Organisation', 'Cluster'], { country: 'pl', sector: 'ict', orgTypes: ['SME', 'NGO'] }),
      countsKey(['Organisation', 'Cluster'], { country: 'pl', sector: 'energy', orgTypes: ['SME'] }),
      countsKey(['Organisation', 'Cluster'], {
        country: 'pl',
        sector: 'energy',
        orgTypes: ['SME', 'NGO'],
        asOf: '2020',
      }),
    ])
      expect(other).not.toBe(base);
  });

  it('only what is asked and not held is counted; what is held is kept beside what was counted', () => {
    const key = countsKey(['Cluster'], {});
    keepCounts(key, 't', {}, { ...ALL, sectors: false, countries: false, kinds: false }, row(3));
    const held = keptCounts(key, 't');
    expect(held).toEqual({ total: 3 });
    const missing = stillToCount({ ...ALL, countries: false }, held);
    expect(missing).toEqual({ total: false, sectors: true, countries: false, kinds: true });
    const all = keepCounts(key, 't', held, missing, { ...row(99), countries: null });
    expect(all.total).toBe(3);
    expect(all.sectors).toHaveLength(25);
    expect(all.countries).toBeUndefined();
    expect(keptCounts(key, 't')).toEqual(all);
  });
});
