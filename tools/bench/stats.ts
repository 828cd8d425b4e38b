/** Latency figures of one measured series, in milliseconds. */
export interface Series {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Requests per second over the whole series (all workers). */
  throughput: number;
}

/**
 * Inputs an operation held to a p95 draws at least (Operation.minInputs): with nearest rank, the p95 of n < 20
 * values is their maximum, and of 40 the third largest.
 */
export const P95_INPUTS = 40;

/** The q-quantile of sorted values (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Summarises latencies measured over `wallMs`. */
export function summarise(latencies: number[], wallMs: number): Series {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n: sorted.length,
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    p99: round(quantile(sorted, 0.99)),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(sorted.length, 1)),
    throughput: round((sorted.length * 1000) / Math.max(wallMs, 1)),
  };
}

/** CPU ms per request, to 0.01 ms. */
export const perRequest = (ms: number, n: number): number => Math.round((ms / n) * 100) / 100;

/**
 * Runs `work(i)` for i = 0 … n-1 with `concurrency` workers, and on (i = n, n+1, …) until `minMs` have passed since the
 * start, and returns each call's latency (ms, by index i) and the wall time. Calls of one series share nothing but
 * the inputs, drawn beforehand.
 */
export async function measure(
  n: number,
  concurrency: number,
  work: (i: number) => Promise<unknown>,
  minMs = 0,
): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  const since = () => Number(process.hrtime.bigint() - started) / 1e6;
  const worker = async () => {
    for (let i = next++; i < n || since() < minMs; i = next++) {
      const t = process.hrtime.bigint();
      await work(i);
      latencies[i] = Number(process.hrtime.bigint() - t) / 1e6;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(n, 1)) }, worker));
  return { latencies, wallMs: since() };
}

/**
 * How long each half of a series at concurrency > 1 runs at least (the inputs taken again in turn): a throughput
 * taken over a fifth of a second (16 requests of a fast lookup at c=8, as the L runs made them) is the scheduler's
 * mood, and moved a ratio against the library by 40 % between runs. Series at concurrency 1 are latencies, per input.
 */
export const MIN_HALF_MS = 1_000;

/**
 * How long each side (API, floor, library) runs its inputs, unmeasured, at a series' concurrency before the series
 * starts (and at least one request per worker). Each input once at concurrency 1 warms Neo4j's page cache
 * (measureOperation) but not the servers' code: on L a freshly started API server spent 4.5 ms of CPU on a 1-level
 * lookup at c=8 in its first 300 requests and 1.3 ms after 1,200 (V8 optimises a function only once it has run
 * often), the library's server 4.9 and 3.1 ms, so a series of a few hundred requests measured the compilers, not a
 * loaded server's throughput.
 */
export const WARM_MS = 3_000;

/**
 * The median over inputs of the input's median API latency over its median floor latency, where `apiInputs[k]` and
 * `floorInputs[k]` name the input of latency k (the two sides may have made different numbers of requests).
 */
export function pairedRatioByInput(api: number[], apiInputs: number[], floor: number[], floorInputs: number[]): number {
  const medianByInput = (lat: number[], inputs: number[]) => {
    const m = new Map<number, number[]>();
    inputs.forEach((input, k) => (m.get(input) ?? m.set(input, []).get(input)!).push(lat[k]));
    return new Map(
      [...m].map(([input, xs]) => [
        input,
        quantile(
          [...xs].sort((a, b) => a - b),
          0.5,
        ),
      ]),
    );
  };
  const [a, f] = [medianByInput(api, apiInputs), medianByInput(floor, floorInputs)];
  const both = [...a.keys()].filter((i) => f.has(i));
  return pairedRatio(
    both.map((i) => a.get(i)!),
    both.map((i) => f.get(i)!),
  );
}

/** The median of api[i] / floor[i]: each input measured both ways, so input-to-input spread cancels out. */
export function pairedRatio(api: number[], floor: number[]): number {
  const ratios = api.map((a, i) => a / floor[i]).sort((a, b) => a - b);
  return Math.round(quantile(ratios, 0.5) * 100) / 100;
}

/** One half of a series: inputs `from` … `from + inputs - 1`, taken in turn for `count` requests. */
export interface Half {
  from: number;
  inputs: number;
  count: number;
}

/**
 * How a series of `n` inputs at `concurrency` runs: two halves (API first, then floor first), each at least twice
 * the concurrency, the inputs taken again in turn. With fewer requests than workers a series never reaches its
 * concurrency (an L run of 10 inputs measured its "c=8" and "c=32" with 5 at once).
 */
export function seriesHalves(n: number, concurrency: number): Half[] {
  const half = Math.floor(n / 2);
  return [
    [0, half],
    [half, n],
  ]
    .filter(([from, to]) => to > from)
    .map(([from, to]) => ({ from, inputs: to - from, count: Math.max(to - from, 2 * concurrency) }));
}
