import { measure, seriesHalves } from '../../tools/bench/stats';

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
});
