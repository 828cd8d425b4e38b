import type { ImportRates } from './import-rate';
import type { OperationResult, TargetCheck } from './report.type';

const RATIO_TARGET = 1.15;
/** Throughput at concurrency 8 against @neo4j/graphql's on the same lookup (issue 20). */
const LIBRARY_TARGET = 1.5;
/** An asOf variant's p50 over its timeless operation's, same inputs, same run (issue 21). */
const AS_OF_TARGET = 1.2;
const RATIO_OPS = [
  'lookupDepth1',
  'lookupDepth2',
  'lookupDepth3',
  'typedDepth1',
  'typedDepth2',
  'typedDepth3',
  'cooperationPaths',
  'sharedPartners',
];
const LATENCY: { op: string; p: 'p50' | 'p95'; ms: number }[] = [
  { op: 'cooperationPaths', p: 'p50', ms: 25 },
  { op: 'cooperationPaths', p: 'p95', ms: 100 },
  { op: 'sharedPartners', p: 'p50', ms: 20 },
  { op: 'cooperationMatches', p: 'p50', ms: 100 },
];

/**
 * The targets, checked against this run's figures. Ratios are the median of per-input API/floor
 * ratios, at every concurrency; latencies are those one user sees (concurrency 1).
 */
export function checkTargets(results: OperationResult[], serverRssMb: number, imports?: ImportRates): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const op of RATIO_OPS) {
    const rows = results.filter((r) => r.operation === op);
    if (!rows.length) continue;
    const worst = Math.max(...rows.map((r) => r.pairedRatio));
    checks.push({
      target: `${op}: API ≤ ${RATIO_TARGET}× floor`,
      measured: rows.map((r) => `${r.pairedRatio.toFixed(2)}× at c=${r.concurrency}`).join(', '),
      met: worst <= RATIO_TARGET,
    });
    const depth = /^(?:lookup|typed)Depth(\d)$/.exec(op);
    if (depth) {
      const most = Math.max(...rows.map((r) => r.roundTrips.max));
      checks.push({
        target: `${op}: round trips ≤ ${depth[1]}`,
        measured: `${most} at most`,
        met: most <= Number(depth[1]),
      });
    }
  }
  checks.push(...asOfChecks(results));
  for (const op of [...new Set(results.filter((r) => r.library).map((r) => r.operation))]) {
    const eight = results.find((r) => r.operation === op && r.concurrency === 8);
    if (eight?.library) {
      const ratio = eight.api.throughput / eight.library.throughput;
      checks.push({
        target: `${op}: ≥ ${LIBRARY_TARGET}× @neo4j/graphql's requests/s (c=8)`,
        measured: `${ratio.toFixed(2)}× (${eight.api.throughput} vs ${eight.library.throughput}/s)`,
        met: ratio >= LIBRARY_TARGET,
      });
    }
    const one = results.find((r) => r.operation === op && r.concurrency === 1);
    if (one?.library)
      checks.push({
        target: `${op}: p50 ≤ @neo4j/graphql's (c=1)`,
        measured: `${one.api.p50} vs ${one.library.p50} ms`,
        met: one.api.p50 <= one.library.p50,
      });
  }
  for (const t of LATENCY) {
    const row = results.find((r) => r.operation === t.op && r.concurrency === 1);
    if (row)
      checks.push({
        target: `${t.op}: ${t.p} ≤ ${t.ms} ms (c=1)`,
        measured: `${row.api[t.p]} ms`,
        met: row.api[t.p] <= t.ms,
      });
  }
  if (imports) {
    const full = imports.runs.at(-1)!;
    checks.push({
      target: 'import ≥ 50,000 relationships/s (batched, whole dataset)',
      measured: `${full.relationshipsPerSecond.toLocaleString('en-US')}/s`,
      met: full.relationshipsPerSecond >= 50_000,
    });
  }
  checks.push({
    target: 'server RSS ≤ 200 MB under load',
    measured: `${serverRssMb} MB at most`,
    met: serverRssMb <= 200,
  });
  return checks;
}

/**
 * Each asOf variant against its timeless operation at every concurrency: API p50 over API p50 (the
 * target), and the floors' p50s in brackets (the database's part alone, without HTTP's noise).
 */
function asOfChecks(results: OperationResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const op of [...new Set(results.filter((r) => r.timeless).map((r) => r.operation))]) {
    const pairs = results
      .filter((r) => r.operation === op)
      .map((r) => [r, results.find((t) => t.operation === r.timeless && t.concurrency === r.concurrency)] as const)
      .filter((p): p is readonly [OperationResult, OperationResult] => p[1] !== undefined);
    if (!pairs.length) continue;
    const ratio = (a: number, b: number) => a / b;
    checks.push({
      target: `${op}: p50 ≤ ${AS_OF_TARGET}× ${pairs[0][1].operation}'s`,
      measured: pairs
        .map(
          ([r, t]) =>
            `${ratio(r.api.p50, t.api.p50).toFixed(2)}× (floor ${ratio(r.floor.p50, t.floor.p50).toFixed(2)}×) at c=${r.concurrency}`,
        )
        .join(', '),
      met: pairs.every(([r, t]) => ratio(r.api.p50, t.api.p50) <= AS_OF_TARGET),
    });
  }
  return checks;
}
