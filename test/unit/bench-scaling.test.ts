import type { BenchReport, OperationResult } from '../../tools/bench/report.type';
import { withScratchDir } from '../helpers/scratch';
import { saveSizeRun, scalingChecks, scalingTable, sizeRuns } from '../../tools/bench/scaling';

const series = (p50: number, throughput: number) => ({ n: 20, p50, p95: p50 * 2, p99: p50 * 3, mean: p50, throughput });

function result(operation: string, concurrency: number, p50: number, throughput: number): OperationResult {
  return {
    operation,
    question: operation,
    concurrency,
    api: series(p50, throughput),
    floor: series(p50 / 2, throughput * 2),
    pairedRatio: 2,
    roundTrips: { mean: 1, max: 1 },
    serverRssMb: 150,
    breakdown: { neo4jMs: 1, serverMs: 1, transportMs: 1 },
    timeouts: 0,
  };
}

function report(size: string, rows: OperationResult[]): BenchReport {
  return {
    date: '2026-12-02T00:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test', memoryGb: 1, node: 'v20' },
    versions: { app: '0', neo4j: '5' },
    dataset: { size, nodes: size === 'L' ? 1_000_000 : 100_000, relationships: 10 },
    settings: { seed: 1, requestsPerSeries: 20, concurrency: [1, 8] },
    serverRssMb: 150,
    results: rows,
    targets: [],
  };
}

describe('the scaling table of npm run bench', () => {
  const m = report('M', [
    result('lookupDepth1', 1, 10, 0),
    result('lookupDepth1', 8, 0, 400),
    result('filteredPage', 1, 20, 0),
  ]);
  const l = report('L', [
    result('lookupDepth1', 1, 14, 0),
    result('lookupDepth1', 8, 0, 200),
    result('filteredPage', 1, 40, 0),
  ]);
  const runs = new Map([
    ['M', m],
    ['L', l],
  ]);

  it('holds a lookup 1.4× slower at L to its target and a page 2× slower as missed, with the figures behind each', () => {
    const checks = scalingChecks(runs);
    expect(checks).toEqual([
      { target: "lookupDepth1: p50 at L ≤ 1.5× M's (c=1)", measured: '1.40× (14 vs 10 ms)', met: true },
      { target: "filteredPage: p50 at L ≤ 1.5× M's (c=1)", measured: '2.00× (40 vs 20 ms)', met: false },
    ]);
  });

  it('claims nothing about L when no M run is on record, and shows no table for one size alone', () => {
    expect(scalingChecks(new Map([['L', l]]))).toEqual([]);
    expect(scalingTable(new Map([['L', l]]))).toEqual([]);
  });

  it('gives each size its p50 / p95 and c=8 throughput and the M→L growth, with dashes where a size did not measure', () => {
    const table = scalingTable(runs).join('\n');
    expect(table).toContain('| lookupDepth1 | 10 / 20 | 400 | 14 / 28 | 200 | 1.40× | 0.50× |');
    expect(table).toContain('| filteredPage | 20 / 40 | – | 40 / 80 | – | 2.00× | – |');
  });

  it('keeps each size’s latest run apart, so an S run does not replace the M figures an L run is held to', async () => {
    await withScratchDir('bench-sizes-', async (dir) => {
      saveSizeRun(m, dir);
      saveSizeRun(report('S', [result('lookupDepth1', 1, 5, 0)]), dir);
      const got = sizeRuns(dir, l);
      expect([...got.keys()]).toEqual(['S', 'M', 'L']);
      expect(got.get('M')!.results[0].api.p50).toBe(10);
      expect(got.get('L')).toBe(l);
    });
  });
});
