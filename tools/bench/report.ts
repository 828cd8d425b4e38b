import fs from 'node:fs';
import path from 'node:path';
import { latencyChart } from './chart';
import { MIN_HALF_MS, P95_INPUTS, WARM_MS } from './stats';
import type { ImportRates } from './import-rate';
import type { BenchReport } from './report.type';
import { scalingTable } from './scaling';

const n = (x: number) => x.toLocaleString('en-US');

function operationTables(r: BenchReport): string[] {
  const lines: string[] = [];
  for (const op of [...new Set(r.results.map((x) => x.operation))]) {
    const rows = r.results.filter((x) => x.operation === op);
    lines.push(`### ${op}`, '', rows[0].question, '');
    lines.push(
      '| concurrency | API p50 | API p95 | API p99 | API req/s | floor p50 | floor p95 | floor p99 | floor req/s | API/floor (median per input) | API/floor (p50s) | round trips (mean / max) | server RSS MB | API time: Neo4j / server / transport (medians) |',
    );
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const x of rows) {
      lines.push(
        `| ${x.concurrency}${x.timeouts ? ` (${x.timeouts} TIMEOUT)` : ''}${x.floorTimeouts ? ` (floor: ${x.floorTimeouts} TIMEOUT)` : ''} | ${x.api.p50} | ${x.api.p95} | ${x.api.p99} | ${x.api.throughput} | ${x.floor.p50} | ${x.floor.p95} | ${x.floor.p99} | ${x.floor.throughput} | ` +
          `**${x.pairedRatio.toFixed(2)}** | ${(x.api.p50 / x.floor.p50).toFixed(2)} | ${x.roundTrips.mean.toFixed(2)} / ${x.roundTrips.max} | ${x.serverRssMb} | ${x.breakdown.neo4jMs} / ${x.breakdown.serverMs} / ${x.breakdown.transportMs} |`,
      );
    }
    lines.push('');
  }
  return lines;
}

/** Concurrency 1: what each API request spends where, next to the floor. */
function breakdownTable(r: BenchReport): string[] {
  const rows = r.results.filter((x) => x.concurrency === 1);
  if (!rows.length) return [];
  return [
    '## Where an API request’s time goes (concurrency 1)',
    '',
    'From the `Server-Timing` header the server sends with every response: **Neo4j** is the time the server waited on the database, ' +
      '**server** the rest of the request in the server from its arrival (body parsing, authentication, Apollo’s pipeline, limits, admission, resolvers, building the result), ' +
      '**transport** what remains of the latency the client saw: HTTP both ways, the response’s JSON and its log line, the client parsing that JSON, ' +
      'and each process waking up. ' +
      'Medians of each part, in ms.',
    '',
    '| operation | floor p50 | API p50 | Neo4j | server | transport | API − floor |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (x) =>
        `| ${x.operation} | ${x.floor.p50} | ${x.api.p50} | ${x.breakdown.neo4jMs} | ${x.breakdown.serverMs} | ${x.breakdown.transportMs} | ${(x.api.p50 - x.floor.p50).toFixed(2)} |`,
    ),
    '',
  ];
}

/** The nested lookups answered by the API, by @neo4j/graphql and by the floor (raw Cypher), side by side. */
function libraryTable(r: BenchReport): string[] {
  const ops = [...new Set(r.results.filter((x) => x.library).map((x) => x.operation))];
  if (!ops.length) return [];
  const at = (op: string, c: number) => r.results.find((x) => x.operation === op && x.concurrency === c);
  const cell = (x: number | undefined) => (x === undefined ? '–' : String(x));
  return [
    '## Against @neo4j/graphql',
    '',
    'The same nested lookups asked of @neo4j/graphql 7 (type definitions generated from the vocabulary, Apollo Server 5 in production mode, ' +
      'its own process, the same Neo4j and the same socket tuning of its driver: TCP_NODELAY, one system call per message), every input’s answer checked equal to the API’s before timing; ' +
      'raw Cypher is the floor. How the two documents correspond: docs/performance.md. p50 in ms at concurrency 1, requests/s at 8.',
    '',
    'Server CPU is the CPU time each server process spent per request at concurrency 8 (every thread, from /proc): on two ' +
      'cores the servers share the machine with Neo4j, so a server that spends less leaves more to the database. ' +
      'Neo4j CPU is what the database spent per request over each side’s runs (API / library / raw Cypher), when it is the ' +
      'local benchmark server: the statements’ own cost, which no server code can hide. The stack floor is Apollo Server 5 ' +
      'on Express 5 alone (tools/bench/stack-floor.ts), in production mode, answering the same document from the API’s own ' +
      'schema with the API’s recorded answers (each checked equal), nothing read and no plugins, measured after the other ' +
      'sides at the same concurrency: the server CPU no server built on this stack can go below for that shape.',
    '',
    '| operation | API p50 | library p50 | raw p50 | API req/s c=8 | library req/s c=8 | raw req/s c=8 | API/library req/s | server CPU ms/request c=8: API / library / stack floor | Neo4j CPU ms/request c=8: API / library / raw |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...ops.map((op) => {
      const [one, eight] = [at(op, 1), at(op, 8)];
      const ratio = eight?.library ? (eight.api.throughput / eight.library.throughput).toFixed(2) : '–';
      const cpu = eight?.serverCpuMs
        ? `${eight.serverCpuMs.api} / ${cell(eight.serverCpuMs.library)} / ${cell(eight.stackFloor?.serverCpuMs)}`
        : '–';
      const db = eight?.neo4jCpuMs
        ? `${eight.neo4jCpuMs.api} / ${cell(eight.neo4jCpuMs.library)} / ${eight.neo4jCpuMs.floor}`
        : '–';
      return `| ${op} | ${cell(one?.api.p50)} | ${cell(one?.library?.p50)} | ${cell(one?.floor.p50)} | ${cell(eight?.api.throughput)} | ${cell(eight?.library?.throughput)} | ${cell(eight?.floor.throughput)} | **${ratio}×** | ${cpu} | ${db} |`;
    }),
    '',
  ];
}

function importTable(imports: ImportRates): string[] {
  return [
    '## Import rate',
    '',
    `Into an empty scratch Neo4j (validation, then entities, then relationships; the rate counts the relationship phase). Batched is **${imports.speedup}×** one row per transaction on the same sample.`,
    '',
    '| mode | records | relationships | transactions | relationships/s | validate s | entities s | relationships s | total s |',
    '|---|---|---|---|---|---|---|---|---|',
    ...imports.runs.map(
      (x) =>
        `| ${x.mode} | ${n(x.records)} | ${n(x.relationships)} | ${n(x.transactions)} | **${n(x.relationshipsPerSecond)}** | ${x.phases.validate} | ${x.phases.entities} | ${x.phases.relations} | ${x.seconds} |`,
    ),
    '',
  ];
}

/** The neo4j-admin load that filled the benchmark database, phase by phase. */
function loadLines(r: BenchReport): string[] {
  if (!r.load) return [];
  const s = r.load.summary;
  const p = s.phases;
  return [
    `The database was filled with \`npm run import -- --bulk\` (neo4j-admin) on ${r.load.date.slice(0, 10)}: ${n(s.entities)} entities, ${n(s.relations)} relations, ` +
      `${n(s.changes)} history records in **${s.seconds.toFixed(1)} s** end to end (read ${p.read.toFixed(1)} s, validate ${p.validate.toFixed(1)} s, ` +
      `convert ${p.convert.toFixed(1)} s${s.historyWriter ? ` with the history log written beside them on a worker thread in ${s.historyWriter.toFixed(1)} s` : ''}, stop ${p.stop.toFixed(1)} s, neo4j-admin ${p.neo4jAdmin.toFixed(1)} s, start ${p.start.toFixed(1)} s, ` +
      `migrations and indexes ${p.migrations.toFixed(1)} s); **${n(s.relationshipsPerSecond)} relationships/s** in neo4j-admin.`,
    '',
  ];
}

function markdown(r: BenchReport, runs: Map<string, BenchReport>): string {
  return [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` on ${r.date.slice(0, 10)}: ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGb} GB, Node ${r.machine.node}, ` +
      `Partnership Graph ${r.versions.app}, ${r.versions.neo4j}. Dataset ${r.dataset.size}: ${n(r.dataset.nodes)} nodes, ${n(r.dataset.relationships)} relationships. ` +
      `${r.settings.requestsPerSeries} inputs per series (seed ${r.settings.seed}; at least ${P95_INPUTS} for an operation held to a p95, whose nearest-rank p95 would otherwise be its slowest request), in two halves of at least twice the series' concurrency each and, above concurrency 1, of at least ${MIN_HALF_MS / 1000} s each (the inputs taken again in turn; a throughput over a fifth of a second is noise), after each side has run its inputs unmeasured for ${WARM_MS / 1000} s at that concurrency (so that the servers' code is compiled, as under steady load). The machine is shared and noisy: read ratios, not single figures.`,
    '',
    '**API**: a GraphQL request over HTTP to the server, which runs as in production (`node dist/src/main.js`, `NODE_ENV=production`, ' +
      'in its own process, with authentication, limits, metrics and request logging on). **Floor**: the same named Cypher with the same parameters ' +
      'sent directly through neo4j-driver from the benchmark process, in the same order and batches as the API’s loaders send them. ' +
      'Every input is run once both ways untimed, then measured both ways in two rounds (API first, then floor first). ' +
      '"Median per input" is the median of each input’s API/floor ratio, which input-to-input spread does not move. Latencies in ms, throughput in requests/s.',
    '',
    '![p50 latency per operation at concurrency 1, API against floor (log scale)](latency.svg)',
    '',
    '## Targets',
    '',
    '| target | measured | |',
    '|---|---|---|',
    ...r.targets.map((t) => `| ${t.target} | ${t.measured} | ${t.met ? 'met' : '**missed**'} |`),
    '',
    `Largest resident set of the server process under load: ${r.serverRssMb} MB.`,
    '',
    ...(r.httpHop
      ? [
          `For scale: one HTTP exchange with the server (GET /health: no GraphQL, no database) takes **${r.httpHop.p50} ms** p50 (p95 ${r.httpHop.p95} ms) at concurrency 1 on this machine. ` +
            'The floor never pays it; every API request does.',
          '',
        ]
      : []),
    ...loadLines(r),
    ...scalingTable(runs),
    ...libraryTable(r),
    ...breakdownTable(r),
    ...(r.imports ? importTable(r.imports) : []),
    '## Operations',
    '',
    ...operationTables(r),
  ].join('\n');
}

/** Writes results.md, results.json and latency.svg into `dir` (overwriting the previous run). */
export function writeReport(r: BenchReport, dir: string, runs = new Map([[r.dataset.size, r]])): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify(r, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'results.md'), markdown(r, runs));
  fs.writeFileSync(path.join(dir, 'latency.svg'), latencyChart(r));
}
