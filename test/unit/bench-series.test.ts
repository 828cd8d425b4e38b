import {
  measure,
  MIN_HALF_MS,
  P95_INPUTS,
  pairedRatio,
  pairedRatioByInput,
  quantile,
  seriesHalves,
  summarise,
} from '../../tools/bench/stats';
import { OPERATIONS } from '../../tools/bench/operations';
import { checkTargets } from '../../tools/bench/targets';

describe('bench series', () => {
  it('a series of few inputs still reaches its concurrency: each half runs at least twice it', () => {
    // The L runs use 10 inputs: before, each half ran 5 requests, so "c=8" and "c=32" had 5 in flight.
    expect(seriesHalves(10, 8)).toEqual([
      { from: 0, inputs: 5, count: 16 },
      { from: 5, inputs: 5, count: 16 },
    ]);
    expect(seriesHalves(10, 32).map((h) => h.count)).toEqual([64, 64]);
    // Enough inputs: each once, as before.
    expect(seriesHalves(100, 8)).toEqual([
      { from: 0, inputs: 50, count: 50 },
      { from: 50, inputs: 50, count: 50 },
    ]);
  });

  it('one input makes one half, never an empty half taken in turn', () => {
    expect(seriesHalves(1, 8)).toEqual([{ from: 0, inputs: 1, count: 16 }]);
  });

  it('measure keeps `concurrency` requests in flight when the half is long enough', async () => {
    let inFlight = 0;
    let most = 0;
    const [half] = seriesHalves(10, 8);
    const seen: number[] = [];
    const { latencies } = await measure(half.count, 8, async (j) => {
      seen.push(half.from + (j % half.inputs));
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
    });
    expect(most).toBe(8);
    expect(latencies).toHaveLength(16);
    // Every input of the half taken in turn: 16 requests over 5 inputs, the first one more time than the rest.
    const times = new Map<number, number>();
    for (const i of seen) times.set(i, (times.get(i) ?? 0) + 1);
    expect(Object.fromEntries(times)).toEqual({ 0: 4, 1: 3, 2: 3, 3: 3, 4: 3 });
  });

  it('a p95 of 10 requests is their slowest: an operation held to a p95 draws enough inputs for it not to be', () => {
    const ten = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(quantile(ten, 0.95)).toBe(10);
    const forty = Array.from({ length: P95_INPUTS }, (_, i) => i + 1);
    expect(quantile(forty, 0.95)).toBeLessThanOrEqual(P95_INPUTS - 2);
    // Every operation a p95 target names, and its asOf variant (same inputs), draws at least that many.
    const held = OPERATIONS.filter((o) => ['cooperationPaths', 'cooperationPathsAsOf'].includes(o.name));
    expect(held.map((o) => [o.name, o.minInputs])).toEqual([
      ['cooperationPaths', P95_INPUTS],
      ['cooperationPathsAsOf', P95_INPUTS],
    ]);
  });

  it('a p95 target says how many requests it was taken from', () => {
    const series = summarise(
      Array.from({ length: 40 }, (_, i) => i * 3),
      1_000,
    );
    const row = {
      operation: 'cooperationPaths',
      concurrency: 1,
      api: series,
      pairedRatio: 1.1,
      roundTrips: { mean: 2, max: 2 },
      serverRssMb: 150,
    } as never;
    const checks = checkTargets({ results: [row], dataset: { size: 'L' } } as never);
    expect(checks.find((c) => c.target.startsWith('cooperationPaths: p95'))).toEqual({
      target: 'cooperationPaths: p95 ≤ 100 ms (c=1)',
      measured: '111 ms (of 40 requests)',
      met: false,
    });
  });

  it('a half at concurrency > 1 runs for its minimum time, not only its count: 16 quick requests are no throughput', async () => {
    const quick = await measure(16, 8, () => new Promise((r) => setTimeout(r, 2)), 300);
    expect(quick.wallMs).toBeGreaterThanOrEqual(300);
    expect(quick.latencies.length).toBeGreaterThan(16);
    expect(quick.latencies.every((x) => x > 0)).toBe(true);
    // Without a minimum, exactly the count.
    expect((await measure(16, 8, () => Promise.resolve())).latencies).toHaveLength(16);
    expect(MIN_HALF_MS).toBeGreaterThanOrEqual(1_000);
  });

  it('the per-input ratio pairs each input with itself when the two sides made different numbers of requests', () => {
    // Through the API input 0 is twice as slow as its floor, input 1 three times, input 2 four times; the API side
    // made more requests of input 0.
    const api = [20, 30, 22, 40, 18];
    const apiInputs = [0, 1, 0, 2, 0];
    const floor = [10, 10, 10];
    const floorInputs = [0, 1, 2];
    expect(pairedRatioByInput(api, apiInputs, floor, floorInputs)).toBe(3);
    // Paired by position, the API's second request of input 0 would meet input 2's floor: 2.2.
    expect(pairedRatio(api.slice(0, 3), floor)).toBe(2.2);
  });
});
