import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfigWithDefaults, PROJECT_ROOT } from '../config';
import { connect, type Database } from '../db/driver';
import { migrate } from '../db/migrate';
import { CypherRunner } from '../db/runner';
import { FileSink, generateNetwork, SIZES, type Size } from '../generate';
import { Rng } from '../generate/random';
import { importFiles } from '../import/importer';
import { createLogger } from '../logger';
import { createSchema } from '../schema';
import { createServer } from '../server';
import { API_VERSION } from '../version';
import { runCli } from '../cli/run';
import { OPERATIONS, type BenchInputs, type Call } from './operations';
import { writeReport, type OperationResult, type BenchReport } from './report';
import { measure, pairedRatio, summarise } from './stats';

interface Options {
  size: Size;
  seed: number;
  n: number;
  concurrency: number[];
  only?: string[];
  out: string;
}

/** Imports the generated dataset of `size` when the database does not hold it yet (generating the file first if needed). */
async function ensureDataset(db: Database, size: Size): Promise<{ nodes: number; relationships: number }> {
  const count = async () => (await new CypherRunner(db).read<{ nodes: number; relationships: number }>('bench/counts'))[0];
  const have = await count();
  if (have.nodes >= SIZES[size].nodes * 0.9) return have;
  if (have.nodes > 0) throw Object.assign(new Error(`The benchmark database holds ${have.nodes} nodes, not the ${size} dataset: use an empty database (default: .neo4j/bench)`), { cliMessage: true });
  const file = path.join(PROJECT_ROOT, 'data', 'generated', `${size}-seed42.jsonl`);
  if (!fs.existsSync(file)) {
    console.log(`Generating the ${size} dataset into ${path.relative(PROJECT_ROOT, file)}…`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await generateNetwork(size, 42, new FileSink(file));
  }
  console.log(`Importing ${path.relative(PROJECT_ROOT, file)}…`);
  await importFiles(db, [file]);
  return count();
}

// A plain keep-alive HTTP client: fetch (undici) cost the load generator more CPU per request than
// the server spent on GraphQL, and that showed up as API latency.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs a GraphQL request; resolves to the x-db-round-trips header, fails on a GraphQL error. */
function postGraphql(url: URL, query: string, variables: Record<string, unknown>): Promise<number> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: { message: string }[] };
        if (parsed.errors?.length) reject(new Error(`API error: ${parsed.errors[0].message}`));
        else resolve(Number(res.headers['x-db-round-trips']));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function bench(opts: Options): Promise<void> {
  const config = loadConfigWithDefaults({ LOCAL_NEO4J_HOME: '.neo4j/bench', LOCAL_NEO4J_BOLT_PORT: '7689' });
  const db = await connect(config, (m) => console.log(m));
  await migrate(db);
  const dataset = await ensureDataset(db, opts.size);
  const inputs = (await new CypherRunner(db).read<BenchInputs>('bench/inputs'))[0];
  const server = await createServer(await createSchema(), db, createLogger('silent'), { auth: { ...config.auth, anonymousRole: 'analyst' }, limits: config.limits });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = new URL(`http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`);
  const neo4jVersion = (await db.driver.getServerInfo({ database: db.database })).agent ?? '';
  const results: OperationResult[] = [];
  let maxRss = 0;
  try {
    for (const op of OPERATIONS.filter((o) => !opts.only || opts.only.includes(o.name))) {
      const rng = new Rng(opts.seed).fork(op.name);
      const calls: Call[] = Array.from({ length: opts.n }, () => op.draw(inputs, rng));
      // Every input once, untimed, both ways: otherwise whichever side runs an input first pays for
      // bringing its part of the graph into the page cache, and the other side looks faster.
      for (const c of calls) await Promise.all([postGraphql(url, op.graphql, c.variables), c.floor(new CypherRunner(db))]);
      for (const concurrency of opts.concurrency) {
        const roundTrips: number[] = [];
        const api = async (i: number) => roundTrips.push(await postGraphql(url, op.graphql, calls[i].variables));
        const floor = (i: number) => calls[i].floor(new CypherRunner(db));
        // Two rounds, API first and then floor first, so drift on a shared machine hits both alike.
        const half = Math.floor(opts.n / 2);
        const parts = { api: [] as number[], floor: [] as number[], apiMs: 0, floorMs: 0 };
        for (const [from, to] of [[0, half], [half, opts.n]]) {
          const runApi = () => measure(to - from, concurrency, (i) => api(from + i));
          const runFloor = () => measure(to - from, concurrency, (i) => floor(from + i));
          const [a, f] = from === 0 ? [await runApi(), await runFloor()] : await runFloor().then(async (f2) => [await runApi(), f2] as const);
          parts.api.push(...a.latencies);
          parts.floor.push(...f.latencies);
          parts.apiMs += a.wallMs;
          parts.floorMs += f.wallMs;
          maxRss = Math.max(maxRss, process.memoryUsage().rss);
        }
        const result: OperationResult = {
          operation: op.name,
          question: op.question,
          concurrency,
          api: summarise(parts.api, parts.apiMs),
          floor: summarise(parts.floor, parts.floorMs),
          pairedRatio: pairedRatio(parts.api, parts.floor),
          roundTrips: { mean: roundTrips.reduce((s, x) => s + x, 0) / roundTrips.length, max: Math.max(...roundTrips) },
        };
        results.push(result);
        console.log(
          `${op.name.padEnd(20)} c=${String(concurrency).padStart(2)}  API p50 ${result.api.p50} ms p95 ${result.api.p95} ms | floor p50 ${result.floor.p50} ms p95 ${result.floor.p95} ms | ratio of p50s ${(result.api.p50 / result.floor.p50).toFixed(2)}, median per-input ratio ${result.pairedRatio}`,
        );
      }
    }
  } finally {
    agent.destroy();
    await server.apollo.stop();
    await db.driver.close();
  }
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    versions: { app: API_VERSION, neo4j: neo4jVersion },
    dataset: { size: opts.size, ...dataset },
    settings: { seed: opts.seed, requestsPerSeries: opts.n, concurrency: opts.concurrency },
    processRssMb: Math.round(maxRss / 2 ** 20),
    results,
  };
  writeReport(report, opts.out);
  console.log(`Wrote ${path.relative(PROJECT_ROOT, opts.out)}/results.md, results.json and latency.svg`);
}

const program = new Command('bench')
  .description('Measures the API over HTTP against the same Cypher sent directly through neo4j-driver (the floor), on a generated dataset')
  .option('--size <S|M|L>', 'dataset size (imported into an empty database if absent)', 'M')
  .option('--seed <n>', 'seed of the random inputs', '1')
  .option('--requests <n>', 'requests per series', '200')
  .option('--concurrency <list>', 'concurrency levels, comma-separated', '1,8,32')
  .option('--only <list>', 'operations to run, comma-separated (default: all)')
  .option('--out <dir>', 'where results.md/results.json go', path.join(PROJECT_ROOT, 'bench'))
  .action((o: { size: string; seed: string; requests: string; concurrency: string; only?: string; out: string }) =>
    runCli(() => {
      if (!(o.size in SIZES)) throw Object.assign(new Error(`--size: expected S, M or L, got ${o.size}`), { cliMessage: true });
      return bench({
        size: o.size as Size,
        seed: Number(o.seed),
        n: Number(o.requests),
        concurrency: o.concurrency.split(',').map(Number),
        only: o.only?.split(','),
        out: path.resolve(o.out),
      });
    }),
  );

program.parseAsync();
