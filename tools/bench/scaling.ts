import fs from 'node:fs';
import path from 'node:path';
import { LOOKUP_OPS } from './targets';
import type { BenchReport, OperationResult, TargetCheck } from './report.type';

// The same operations at S, M and L: each run keeps its report under `<out>/sizes/<size>.json`, and the
// report of any run shows every size measured so far side by side, with how each figure grew from M to L.

export const SIZE_ORDER = ['S', 'M', 'L'] as const;
/** A lookup or a list page at L against the same at M, p50 at concurrency 1 (issue 20). */
const L_OVER_M_TARGET = 1.5;
const SCALED_OPS = [...LOOKUP_OPS, 'filteredPage', 'filteredList'];

const sizeFile = (dir: string, size: string) => path.join(dir, 'sizes', `${size}.json`);

/** Keeps this run's report as the figures of its dataset size. */
export function saveSizeRun(r: BenchReport, dir: string): void {
  fs.mkdirSync(path.join(dir, 'sizes'), { recursive: true });
  fs.writeFileSync(sizeFile(dir, r.dataset.size), JSON.stringify(r, null, 2) + '\n');
}

/** The latest report of each size found under `dir`, with `current` in place of its size's. */
export function sizeRuns(dir: string, current: BenchReport): Map<string, BenchReport> {
  const runs = new Map<string, BenchReport>();
  for (const size of SIZE_ORDER) {
    if (size === current.dataset.size) runs.set(size, current);
    else if (fs.existsSync(sizeFile(dir, size)))
      runs.set(size, JSON.parse(fs.readFileSync(sizeFile(dir, size), 'utf8')) as BenchReport);
  }
  return runs;
}

const row = (r: BenchReport | undefined, op: string, c: number): OperationResult | undefined =>
  r?.results.find((x) => x.operation === op && x.concurrency === c);

/**
 * Per operation and size: p50 / p95 at concurrency 1 and requests/s at 8, then M→L growth of the p50 and of
 * the throughput. A size that did not measure an operation shows a dash.
 */
export function scalingTable(runs: Map<string, BenchReport>): string[] {
  if (runs.size < 2) return [];
  const sizes = SIZE_ORDER.filter((s) => runs.has(s));
  const ops = [...new Set(sizes.flatMap((s) => runs.get(s)!.results.map((x) => x.operation)))];
  const cell = (s: string, op: string) => {
    const [one, eight] = [row(runs.get(s), op, 1), row(runs.get(s), op, 8)];
    return `${one ? `${one.api.p50} / ${one.api.p95}` : '–'} | ${eight ? eight.api.throughput : '–'}`;
  };
  const growth = (op: string) => {
    const [m1, l1, m8, l8] = [
      row(runs.get('M'), op, 1),
      row(runs.get('L'), op, 1),
      row(runs.get('M'), op, 8),
      row(runs.get('L'), op, 8),
    ];
    const p = m1 && l1 ? `${(l1.api.p50 / m1.api.p50).toFixed(2)}×` : '–';
    const t = m8 && l8 ? `${(l8.api.throughput / m8.api.throughput).toFixed(2)}×` : '–';
    return `${p} | ${t}`;
  };
  const describe = (s: string) => {
    const r = runs.get(s)!;
    return `${s} (${r.dataset.nodes.toLocaleString('en-US')} nodes, ${r.dataset.relationships.toLocaleString('en-US')} relationships, ${r.date.slice(0, 10)}, ${r.settings.requestsPerSeries} inputs per series)`;
  };
  return [
    '## Scaling: S, M and L',
    '',
    `API figures of the latest run at each size: ${sizes.map(describe).join('; ')}. p50 / p95 in ms at concurrency 1, requests/s at 8. ` +
      'M→L: L’s p50 over M’s (above 1: slower at L) and L’s throughput over M’s (below 1: fewer requests/s at L). ' +
      'The runs were made at different times on a shared machine; each run’s own /health round trip is in its results.json.',
    '',
    `| operation | ${sizes.map((s) => `${s} p50 / p95 | ${s} req/s c=8`).join(' | ')} | M→L p50 | M→L req/s |`,
    `|---|${sizes.map(() => '---|---|').join('')}---|---|`,
    ...ops.map((op) => `| ${op} | ${sizes.map((s) => cell(s, op)).join(' | ')} | ${growth(op)} |`),
    '',
  ];
}

/** At L, with an M run on record: lookups and list pages within 1.5× of their M p50 (concurrency 1). */
export function scalingChecks(runs: Map<string, BenchReport>): TargetCheck[] {
  const [m, l] = [runs.get('M'), runs.get('L')];
  if (!m || !l) return [];
  const checks: TargetCheck[] = [];
  for (const op of SCALED_OPS) {
    const [atM, atL] = [row(m, op, 1), row(l, op, 1)];
    if (!atM || !atL) continue;
    const ratio = atL.api.p50 / atM.api.p50;
    checks.push({
      target: `${op}: p50 at L ≤ ${L_OVER_M_TARGET}× M's (c=1)`,
      measured: `${ratio.toFixed(2)}× (${atL.api.p50} vs ${atM.api.p50} ms)`,
      met: ratio <= L_OVER_M_TARGET,
    });
  }
  return checks;
}
