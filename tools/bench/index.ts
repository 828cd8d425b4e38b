import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, Option } from 'commander';
import { loadConfigWithDefaults, PROJECT_ROOT, type Config } from '../../src/config';
import type { Database } from '../../src/db/driver';
import { connectTo } from '../localdb/target';
import { migrate } from '../../src/db/migrate';
import { CypherRunner } from '../../src/db/runner';
import { ErrorCode } from '../../src/errors/errors';
import { neo4jErrorCode } from '../../src/errors/format';
import { FileSink, generateNetwork, SIZES, type Size } from '../generate';
import { Rng } from '../generate/random';
import { importFiles } from '../../src/import/importer';
import { bulkImport } from '../bulk/bulk-import';
import { LocalNeo4j } from '../localdb/launcher';
import { API_VERSION } from '../../src/version';
import { positiveInt, positiveInts, runCli } from '../cli/run';
import { authorizeFor, closeClient, getPath, postGraphql, queryGraphql, type ServerSide } from './http-client';
import { answerTree, firstDifference } from './library/answers';
import { measureImport } from './import-rate';
import { OPERATIONS } from './operations';
import type { BenchInputs, Call, Operation } from './operation.type';
import { cpuTaker, startBenchServer, type BenchServer, type Target } from './server-process';
import { startStackFloor, type StackFloor } from './stack-floor';
import { checkTargets } from './targets';
import { writeReport } from './report';
import type { BenchReport, DatasetLoad, OperationResult } from './report.type';
import { saveSizeRun, scalingChecks, sizeRuns } from './scaling';
import {
  measure,
  MIN_HALF_MS,
  pairedRatioByInput,
  perRequest,
  quantile,
  seriesHalves,
  summarise,
  WARM_MS,
  type Series,
} from './stats';

interface Options {
  /** Requests are made by a viewer acting for this organisation (its visibility scope), not anonymously. */
  org?: string;
  size: Size;
  seed: number;
  n: number;
  concurrency: number[];
  only?: string[];
  out: string;
  cpuProf: boolean;
  nodeOptions?: string;
  /** Relationships in the import-rate sample; 0 skips the import measurement. */
  importSample: number;
  /** Whether operations with a @neo4j/graphql equivalent are measured against it too. */
  library: boolean;
  /** How an empty database gets the dataset; default: neo4j-admin for L, the online import otherwise. */
  load?: 'online' | 'bulk';
}

const datasetFile = (size: Size) => path.join(PROJECT_ROOT, 'data', 'generated', `${size}-seed42.jsonl`);

const count = async (db: Database) =>
  (await new CypherRunner(db).read<{ nodes: number; relationships: number }>('bench/counts'))[0];

/** Where a bulk load's figures are kept: in the Neo4j home it filled, so every later run on that store reports them. */
const loadRecord = (config: Config) => path.join(config.local.home, 'bench-load.json');

/** Generates the dataset file of `size` unless it exists. */
async function ensureFile(size: Size): Promise<string> {
  const file = datasetFile(size);
  if (fs.existsSync(file)) return file;
  console.log(`Generating the ${size} dataset into ${path.relative(PROJECT_ROOT, file)}…`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sink = new FileSink(file);
  await generateNetwork(size, 42, sink);
  // writes the rest and renames S-seed42.jsonl.partial: without it a fresh clone's run found no file
  await sink.close();
  return file;
}

/**
 * Loads the generated dataset of `size` when the database does not hold it yet (generating the file first if
 * needed): online, or with neo4j-admin (`npm run import -- --bulk`), which stops and restarts the local Neo4j, so
 * the connection is made again. Returns the connection to use from then on.
 */
async function ensureDataset(
  config: Config,
  db: Database,
  opts: Options,
): Promise<{ db: Database; dataset: { nodes: number; relationships: number }; load?: DatasetLoad }> {
  const size = opts.size;
  const recorded = () =>
    !config.external && fs.existsSync(loadRecord(config))
      ? (JSON.parse(fs.readFileSync(loadRecord(config), 'utf8')) as DatasetLoad)
      : undefined;
  const have = await count(db);
  if (have.nodes >= SIZES[size].nodes * 0.9) {
    const load = recorded();
    return { db, dataset: have, load: load?.size === size ? load : undefined };
  }
  if (have.nodes > 0)
    throw Object.assign(
      new Error(
        `The benchmark database holds ${have.nodes} entities, not the ${size} dataset: use an empty database (default: .neo4j/bench)`,
      ),
      { cliMessage: true },
    );
  const file = await ensureFile(size);
  const how = opts.load ?? (size === 'L' && !config.external ? 'bulk' : 'online');
  console.log(`Importing ${path.relative(PROJECT_ROOT, file)} (${how})…`);
  if (how === 'online') {
    await importFiles(db, [file]);
    return { db, dataset: await count(db) };
  }
  await db.driver.close();
  let phase = '';
  const summary = await bulkImport(config, [file], {
    log: (m) => console.log(m),
    onProgress: (p) => {
      if (p !== phase) console.log(`  ${(phase = p)}…`);
    },
  });
  const load: DatasetLoad = { size, mode: 'bulk', date: new Date().toISOString(), summary };
  fs.writeFileSync(loadRecord(config), JSON.stringify(load, null, 2) + '\n');
  console.log(
    `Bulk load: ${summary.seconds.toFixed(1)} s end to end, ${summary.relationshipsPerSecond} relationships/s in neo4j-admin`,
  );
  const again = await connectTo(config, (m) => console.log(m));
  return { db: again, dataset: await count(again), load };
}

/** Where the measured server finds Neo4j: NEO4J_URI, or the local benchmark server just started. */
function targetOf(config: Config, db: Database): Target {
  if (config.external) return config.external;
  return { ...new LocalNeo4j(config.local).connection(), database: db.database };
}

/** Checks the targets of a run, with the other sizes on record under `out`, and writes its report there. */
function publish(report: BenchReport, out: string): void {
  const runs = sizeRuns(out, report);
  report.targets = [...checkTargets(report), ...scalingChecks(runs)];
  writeReport(report, out, runs);
}

/**
 * `--report-only`: writes the report of the recorded run of `size` again, with the sizes recorded since beside
 * it (the scaling table and the L-against-M targets need all three); nothing is measured.
 */
function republish(opts: Options): void {
  const file = path.join(opts.out, 'sizes', `${opts.size}.json`);
  if (!fs.existsSync(file))
    throw Object.assign(new Error(`No run of size ${opts.size} is recorded in ${file}`), { cliMessage: true });
  publish(JSON.parse(fs.readFileSync(file, 'utf8')) as BenchReport, opts.out);
  console.log(`Wrote ${path.relative(PROJECT_ROOT, opts.out)}/results.md, results.json and latency.svg`);
}

async function bench(opts: Options): Promise<void> {
  const config = loadConfigWithDefaults({ LOCAL_NEO4J_HOME: '.neo4j/bench', LOCAL_NEO4J_BOLT_PORT: '7689' });
  const first = await connectTo(config, (m) => console.log(m));
  await migrate(first);
  const { db, dataset, load } = await ensureDataset(config, first, opts);
  const inputs = (await new CypherRunner(db).read<BenchInputs>('bench/inputs'))[0];
  const ops = OPERATIONS.filter((o) => !opts.only || opts.only.includes(o.name));
  const calls = new Map<string, Call[]>();
  for (const op of ops) {
    const rng = new Rng(opts.seed).fork(op.timeless ?? op.name);
    const drawn: Call[] = [];
    for (let i = 0; i < Math.max(opts.n, op.minInputs ?? 0); i++)
      drawn.push(await op.draw(inputs, rng, new CypherRunner(db)));
    calls.set(op.name, drawn);
  }
  // With --org, a viewer acting for that organisation: every read filters ties by its scope (docs/access.md).
  // Anonymous callers are analysts acting for no organisation here, who see every tie.
  const key = crypto.randomBytes(24).toString('hex');
  const server = await startBenchServer(
    targetOf(config, db),
    path.join(opts.out, 'server.log'),
    opts.cpuProf ? path.join(PROJECT_ROOT, 'bench', 'profiles') : undefined,
    opts.nodeOptions,
    undefined,
    opts.org ? { API_KEYS: `bench@${opts.org}:viewer:${key}` } : {},
  );
  if (opts.org) authorizeFor(server.url, key);
  const library =
    opts.library && ops.some((o) => o.library)
      ? await startBenchServer(
          targetOf(config, db),
          path.join(opts.out, 'library.log'),
          undefined,
          opts.nodeOptions,
          path.join('tools', 'bench', 'library', 'server.js'),
        ).catch(async (e: unknown) => {
          await server.stop();
          throw e;
        })
      : undefined;
  const neo4jVersion = (await db.driver.getServerInfo({ database: db.database })).agent ?? '';
  // Neo4j's CPU per request of each side, when it is the local benchmark server (whose process this machine sees).
  const neo4jPid = config.external ? undefined : new LocalNeo4j(config.local).pid();
  const neo4jCpu = neo4jPid ? cpuTaker(neo4jPid) : undefined;
  const results: OperationResult[] = [];
  let httpHop: Series | undefined;
  let apolloFloorMs: number | undefined;
  try {
    // What one HTTP exchange with the server costs on this machine, without GraphQL or Neo4j: the
    // part of every API/floor ratio no server code can remove.
    const health = new URL('/health', server.url);
    await measure(opts.n, 1, () => getPath(health));
    const hop = await measure(opts.n * 5, 1, () => getPath(health));
    httpHop = summarise(hop.latencies, hop.wallMs);
    console.log(`HTTP round trip to /health: p50 ${httpHop.p50} ms p95 ${httpHop.p95} ms`);
    apolloFloorMs = await measureApolloFloor(config, db, opts);
    console.log(`Server part of bare Apollo Server + Express (one trivial resolver): p50 ${apolloFloorMs} ms`);
    for (const op of ops)
      results.push(
        ...(await measureOperation(op, calls.get(op.name)!, opts, db, server, op.library && library, neo4jCpu, {
          target: targetOf(config, db),
          log: path.join(opts.out, 'stack-floor.log'),
        })),
      );
  } finally {
    closeClient();
    await server.stop();
    await library?.stop();
    await db.driver.close();
  }
  const imports =
    opts.importSample > 0
      ? await measureImport(datasetFile(opts.size), opts.importSample, (m) => console.log(m))
      : undefined;
  const serverRssMb = Math.max(...results.map((r) => r.serverRssMb));
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    versions: { app: API_VERSION, neo4j: neo4jVersion },
    dataset: { size: opts.size, ...dataset },
    ...(load ? { load } : {}),
    settings: { seed: opts.seed, requestsPerSeries: opts.n, concurrency: opts.concurrency },
    serverRssMb,
    httpHop,
    ...(apolloFloorMs !== undefined ? { apolloFloorMs } : {}),
    results,
    imports,
    targets: [],
  };
  saveSizeRun(report, opts.out);
  publish(report, opts.out);
  for (const t of report.targets) console.log(`${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.measured}`);
  console.log(`Wrote ${path.relative(PROJECT_ROOT, opts.out)}/results.md, results.json and latency.svg`);
}

/**
 * The server part (Server-Timing, p50 at concurrency 1) of Apollo Server and Express alone on this machine, in the
 * same run: tools/bench/apollo-floor.ts in a process of its own, 5 × n requests after n to warm it up.
 */
async function measureApolloFloor(config: Config, db: Database, opts: Options): Promise<number> {
  const floor = await startBenchServer(
    targetOf(config, db),
    path.join(opts.out, 'apollo-floor.log'),
    undefined,
    opts.nodeOptions,
    path.join('tools', 'bench', 'apollo-floor.js'),
  );
  try {
    const ask = () => postGraphql(floor.url, 'query($id: ID!) { entity(id: $id) { id name kind } }', { id: 'floor' });
    await measure(opts.n, 1, ask);
    // The same median of Server-Timing's total − db as the API's server part (breakdownOf).
    const sides: ServerSide[] = [];
    const timed = await measure(opts.n * 5, 1, async (i) => {
      sides[i] = await ask();
    });
    return breakdownOf(sides, timed.latencies).serverMs;
  } finally {
    await floor.stop();
  }
}

/**
 * Asks every input of a nested lookup of both servers and fails on the first answer that differs: a
 * comparison of speeds means nothing unless both answered the same question. Also their untimed
 * warm-up run. Returns the API's answers by input id (what the stack's floor answers).
 */
async function checkLibraryAnswers(
  op: Operation,
  calls: Call[],
  server: BenchServer,
  library: BenchServer,
): Promise<Map<string, unknown>> {
  const answers = new Map<string, unknown>();
  for (const [i, c] of calls.entries()) {
    const [api, lib] = await Promise.all([
      queryGraphql(server.url, op.graphql, c.variables),
      queryGraphql(library.url, op.library!.graphql, c.variables),
    ]);
    const mine = op.answer!(api);
    answers.set(c.variables.id as string, mine);
    const difference = firstDifference(
      answerTree(mine as Record<string, unknown>),
      answerTree(op.library!.answer(lib) as Record<string, unknown>),
    );
    if (difference)
      throw new Error(`${op.name}, input ${i} (${JSON.stringify(c.variables)}): API ≠ @neo4j/graphql at ${difference}`);
  }
  console.log(`${op.name.padEnd(20)} ${calls.length} answers equal to @neo4j/graphql's`);
  return answers;
}

/** Whether a request or statement failed past its time budget: the API's TIMEOUT, or Neo4j's (the floor's). */
const isTimeout = (e: unknown): boolean =>
  (e as { code?: string }).code === 'TIMEOUT' || neo4jErrorCode(e) === ErrorCode.TIMEOUT;

/** Passes over a request or statement past its time budget; rethrows anything else. */
function ignoreTimeout(e: unknown): void {
  if (!isTimeout(e)) throw e;
}

/** Input i of an operation asked of the API (over HTTP) and of the floor (its Cypher through the driver). */
const asking = (op: Operation, calls: Call[], server: BenchServer, db: Database) => ({
  askApi: (i: number) => postGraphql(server.url, op.graphql, calls[i].variables),
  askFloor: (i: number) => calls[i].floor(new CypherRunner(db)),
});

/** One operation at every concurrency level: API, floor (and library) over the same inputs, in alternating order. */
async function measureOperation(
  op: Operation,
  calls: Call[],
  opts: Options,
  db: Database,
  server: BenchServer,
  library?: BenchServer,
  neo4jCpu?: () => number,
  stackFloorAt?: { target: Target; log: string },
): Promise<OperationResult[]> {
  // Every input once, untimed, both ways: otherwise whichever side runs an input first pays for
  // bringing its part of the graph into the page cache, and the other side looks faster.
  // A warm-up request past its time budget (a cold plan on a loaded machine: an L run of 2026-12-03 stopped after
  // ten minutes on one, in the matches' warm-up) is told and left: its input is timed in the series as any other.
  const { askApi, askFloor } = asking(op, calls, server, db);
  const warmUp = (i: number) =>
    askApi(i).catch((e: unknown) => {
      if (!isTimeout(e)) throw e;
      console.log(`${op.name.padEnd(20)} a warm-up request ran out of its time budget`);
    });
  for (let i = 0; i < calls.length; i++) await Promise.all([warmUp(i), askFloor(i)]);
  // With the library, the stack's floor too (stack-floor.ts): the same document answered by Apollo Server alone.
  const stack: StackFloor | undefined =
    library && stackFloorAt
      ? await startStackFloor(
          op,
          calls,
          await checkLibraryAnswers(op, calls, server, library),
          stackFloorAt.target,
          stackFloorAt.log,
          opts.nodeOptions,
        )
      : undefined;
  try {
    return await measureSeries(op, calls, opts, db, server, library, neo4jCpu, stack);
  } finally {
    await stack?.stop();
  }
}

/** The series of measureOperation, one per concurrency level. */
async function measureSeries(
  op: Operation,
  calls: Call[],
  opts: Options,
  db: Database,
  server: BenchServer,
  library: BenchServer | undefined,
  neo4jCpu: (() => number) | undefined,
  stack: StackFloor | undefined,
): Promise<OperationResult[]> {
  const { askApi, askFloor } = asking(op, calls, server, db);
  server.takePeakRssMb();
  const out: OperationResult[] = [];
  for (const concurrency of opts.concurrency) {
    // What the server reported of each API request, in the order of parts.api (position, not input).
    const side: ServerSide[] = [];
    let timeouts = 0;
    // Requests each side made (a half may run past its count: MIN_HALF_MS).
    const made = { api: 0, floor: 0, lib: 0 };
    // A request past its time budget is a result of the series (an overloaded server), not a crash of
    // the run: a c=32 series that hit the 15 s budget once lost a 13-minute run. Other errors stop it.
    const api = async (i: number, at: number) => {
      try {
        side[at] = await askApi(i);
      } catch (e) {
        if (!isTimeout(e)) throw e;
        timeouts++;
        side[at] = { roundTrips: 0, dbMs: NaN, totalMs: NaN };
      }
    };
    // The floor's statements keep the API's time limits (the analyst's 5 s, which Neo4j enforces; its runners have no
    // request deadline): past it, counted as the API's are.
    let floorTimeouts = 0;
    const floor = (i: number) =>
      askFloor(i).catch((e: unknown) => {
        if (!isTimeout(e)) throw e;
        floorTimeouts++;
      });
    const lib = (i: number) => postGraphql(library!.url, op.library!.graphql, calls[i].variables);
    // Each side warmed at this concurrency first (WARM_MS), its time budget's failures ignored: what follows measures
    // servers whose code is compiled, as under steady load, not their compilers.
    const warm = (work: (i: number) => Promise<unknown>) =>
      measure(concurrency, concurrency, (j) => work(j % calls.length).catch(ignoreTimeout), WARM_MS);
    await warm(askApi);
    await warm(askFloor);
    if (library) await warm(lib);
    // Two rounds, API first and then floor first (the library last, then first), so drift on a shared
    // machine hits all alike.
    const parts = {
      api: [] as number[],
      floor: [] as number[],
      lib: [] as number[],
      apiMs: 0,
      floorMs: 0,
      libMs: 0,
      // CPU each server spent over its own runs, and Neo4j over each side's runs.
      cpu: { api: 0, lib: 0 },
      db: { api: 0, floor: 0, lib: 0 },
      // The input of each latency in api and floor.
      inputs: { api: [] as number[], floor: [] as number[] },
    };
    for (const { from, inputs, count } of seriesHalves(calls.length, concurrency)) {
      // Each server's CPU over its own runs only (the other side's runs leave it idle but for its timers), and
      // Neo4j's over each side's runs (the floor's has no server).
      const runOn = async (
        target: BenchServer | undefined,
        work: (i: number, at: number) => Promise<unknown>,
        key: 'api' | 'floor' | 'lib',
      ) => {
        const offset = made[key];
        target?.takeCpuMs();
        neo4jCpu?.();
        const r = await measure(
          count,
          concurrency,
          (j) => work(from + (j % inputs), offset + j),
          concurrency > 1 ? MIN_HALF_MS : 0,
        );
        made[key] += r.latencies.length;
        if (key !== 'lib') parts.inputs[key].push(...r.latencies.map((_, j) => from + (j % inputs)));
        if (target) parts.cpu[key as 'api' | 'lib'] += target.takeCpuMs();
        if (neo4jCpu) parts.db[key] += neo4jCpu();
        return r;
      };
      let l;
      if (from !== 0 && library) l = await runOn(library, lib, 'lib');
      const [a, f] =
        from === 0
          ? [await runOn(server, api, 'api'), await runOn(undefined, floor, 'floor')]
          : await runOn(undefined, floor, 'floor').then(async (f2) => [await runOn(server, api, 'api'), f2] as const);
      if (from === 0 && library) l = await runOn(library, lib, 'lib');
      parts.api.push(...a.latencies);
      parts.floor.push(...f.latencies);
      parts.apiMs += a.wallMs;
      parts.floorMs += f.wallMs;
      if (l) {
        parts.lib.push(...l.latencies);
        parts.libMs += l.wallMs;
      }
    }
    // The stack's floor after the three sides, as many requests as the API made: not interleaved with them (it reads
    // nothing, so the page cache and Neo4j's state do not favour it), its CPU is its own.
    const stackFloor = stack ? await stack.series(made.api, concurrency) : undefined;
    // parts.api holds the latencies in the order the requests were made (first half, then second), as side does.
    const roundTrips = side.map((s) => s.roundTrips);
    const result: OperationResult = {
      operation: op.name,
      question: op.question,
      ...(op.timeless ? { timeless: op.timeless } : {}),
      concurrency,
      api: summarise(parts.api, parts.apiMs),
      floor: summarise(parts.floor, parts.floorMs),
      ...(library ? { library: summarise(parts.lib, parts.libMs) } : {}),
      pairedRatio: pairedRatioByInput(parts.api, parts.inputs.api, parts.floor, parts.inputs.floor),
      roundTrips: { mean: roundTrips.reduce((s, x) => s + x, 0) / roundTrips.length, max: Math.max(...roundTrips) },
      serverRssMb: server.takePeakRssMb(),
      serverCpuMs: {
        api: perRequest(parts.cpu.api, made.api),
        ...(library ? { library: perRequest(parts.cpu.lib, made.lib) } : {}),
      },
      ...(neo4jCpu
        ? {
            neo4jCpuMs: {
              api: perRequest(parts.db.api, made.api),
              floor: perRequest(parts.db.floor, made.floor),
              ...(library ? { library: perRequest(parts.db.lib, made.lib) } : {}),
            },
          }
        : {}),
      breakdown: breakdownOf(side, parts.api),
      ...(stackFloor ? { stackFloor } : {}),
      timeouts,
      ...(floorTimeouts ? { floorTimeouts } : {}),
    };
    out.push(result);
    console.log(
      `${op.name.padEnd(20)} c=${String(concurrency).padStart(2)}${result.timeouts ? ` (${result.timeouts} TIMEOUT)` : ''}${result.floorTimeouts ? ` (floor: ${result.floorTimeouts} TIMEOUT)` : ''}  API p50 ${result.api.p50} ms p95 ${result.api.p95} ms ${result.api.throughput}/s | floor p50 ${result.floor.p50} ms p95 ${result.floor.p95} ms | median per-input ratio ${result.pairedRatio} | round trips ≤ ${result.roundTrips.max} | server RSS ${result.serverRssMb} MB, CPU ${result.serverCpuMs?.api} ms/request` +
        (result.neo4jCpuMs
          ? `, Neo4j CPU ${result.neo4jCpuMs.api} ms/request (floor ${result.neo4jCpuMs.floor})`
          : '') +
        (result.library
          ? ` | @neo4j/graphql p50 ${result.library.p50} ms ${result.library.throughput}/s, CPU ${result.serverCpuMs?.library} ms/request` +
            (result.neo4jCpuMs?.library !== undefined ? `, Neo4j CPU ${result.neo4jCpuMs.library} ms/request` : '')
          : '') +
        (stackFloor ? ` | stack floor ${stackFloor.throughput}/s, CPU ${stackFloor.serverCpuMs} ms/request` : ''),
    );
  }
  return out;
}

/**
 * Where an API request's time goes, from the server's Server-Timing: waiting on Neo4j, the rest of
 * the request in the server from its arrival (body, authentication, Apollo, resolvers, result
 * building), and what is left of the client's latency (HTTP both ways, the response's JSON, the
 * processes waking up). Medians of each part; they need not add up exactly to the median latency.
 */
function breakdownOf(side: ServerSide[], clientMs: number[]): OperationResult['breakdown'] {
  const med = (xs: number[]) =>
    Math.round(
      quantile(
        xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b),
        0.5,
      ) * 100,
    ) / 100;
  return {
    neo4jMs: med(side.map((s) => s.dbMs)),
    serverMs: med(side.map((s) => s.totalMs - s.dbMs)),
    transportMs: med(side.map((s, i) => clientMs[i] - s.totalMs)),
  };
}

const program = new Command('bench')
  .description(
    'Measures the API over HTTP against the same Cypher sent directly through neo4j-driver (the floor), on a generated dataset',
  )
  .addOption(
    new Option('--size <size>', 'dataset size (imported into an empty database if absent)')
      .choices(Object.keys(SIZES))
      .default('M'),
  )
  .option('--seed <n>', 'seed of the random inputs', positiveInt(2 ** 31, 0), 1)
  .option('--org <id>', 'request as a viewer acting for this organisation (tie visibility checked), not anonymously')
  .option(
    '--requests <n>',
    'inputs per series (each half of a series runs at least twice its concurrency and, above 1, at least a second)',
    positiveInt(1_000_000),
    100,
  )
  .option('--concurrency <list>', 'concurrency levels, comma-separated', positiveInts(1024), [1, 8, 32])
  .option('--only <list>', 'operations to run, comma-separated (default: all)', (v: string) => v.split(','))
  .option('--out <dir>', 'where results.md/results.json go', path.join(PROJECT_ROOT, 'bench'))
  .option('--cpu-prof', 'write a CPU profile of the server to bench/profiles (open it in Chrome DevTools)', false)
  .option('--node-options <flags>', 'NODE_OPTIONS of the server process, e.g. "--max-semi-space-size=32"')
  .option('--no-library', 'skip the @neo4j/graphql column (nested lookups answered by the library too)')
  .addOption(
    new Option(
      '--load <how>',
      'how an empty benchmark database is filled: online (batched import) or bulk (neo4j-admin); default bulk for L',
    ).choices(['online', 'bulk']),
  )
  .option(
    '--import-sample <n>',
    'relationships imported one row per transaction and batched (0: skip the import measurement)',
    positiveInt(1_000_000, 0),
    2000,
  )
  .option(
    '--report-only',
    'measure nothing: write the report of the recorded run of --size again, with every size since',
  )
  .action((o: Omit<Options, 'n'> & { requests: number; reportOnly?: boolean }) => {
    const opts = { ...o, n: o.requests, out: path.resolve(o.out) };
    return runCli(async () => (o.reportOnly ? republish(opts) : bench(opts)));
  });

// Exit as soon as the run ends, successful or not: an open driver or server socket kept a failed run
// alive (34 minutes until killed) after it had printed its error.
void program.parseAsync().finally(() => process.exit(process.exitCode ?? 0));
