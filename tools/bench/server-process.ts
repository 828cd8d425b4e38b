import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

/** The API under measurement: the production entry point in a process of its own. */
export interface BenchServer {
  url: URL;
  pid: number;
  /** Largest resident set seen since the last call (MB), sampled every 100 ms; resets the peak. */
  takePeakRssMb(): number;
  /** CPU time of the process (every thread: JavaScript, GC, libuv, the driver's I/O) in ms since the last call. */
  takeCpuMs(): number;
  stop(): Promise<void>;
}

export interface Target {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** A TCP port free on 127.0.0.1 right now (for a server process started next). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Resident set of a process in MB, from /proc (Linux); 0 where that is not available. */
function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * A function giving the CPU time process `pid` spent since its last call (ms, every thread, from
 * /proc/<pid>/task/<tid>/schedstat's first field: nanoseconds on a CPU, finer than the 10 ms clock ticks of
 * /proc/<pid>/stat, which a series of a hundred 2 ms requests would round away). Each thread is followed by its id,
 * so a thread that ends takes only what it spent since the previous call with it, and one that started since counts
 * whole. Summing the live threads' totals instead lost whole threads: Neo4j retires Bolt workers that sat idle, and
 * against a server up for half an hour with pauses between series the report showed 0 ms of Neo4j CPU a request
 * (0 because negative figures were clipped). Linux only; 0 elsewhere.
 */
export function cpuTaker(pid: number): () => number {
  let seen = threadCpuNs(pid);
  return () => {
    const now = threadCpuNs(pid);
    let ns = 0;
    for (const [tid, spent] of now) {
      const before = seen.get(tid) ?? 0;
      // Less than before: the id was given to a new thread since, whose time is all within the window.
      ns += spent >= before ? spent - before : spent;
    }
    seen = now;
    return ns / 1e6;
  };
}

/** Each live thread's CPU time so far (ns), by thread id; empty where /proc is not there. */
function threadCpuNs(pid: number): Map<string, number> {
  const spent = new Map<string, number>();
  try {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      try {
        spent.set(tid, Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
      } catch {
        // the thread ended between the listing and the read
      }
    }
  } catch {
    // no such process, or no /proc
  }
  return spent;
}

/**
 * The V8 flags `npm start` gives the server (package.json; test/unit/server-flags.test.ts keeps the two equal). A
 * heap limit of its own, not V8's default of a quarter of the machine's memory (4 GB here): V8 sizes its heap's
 * growth from the limit, and with the default the 3-level lookups on M peaked at 208–226 MB RSS, with 1 GB at
 * 135–147 MB, at the same latencies (docs/performance.md, "Server memory"). A young generation of larger
 * semi-spaces than V8's 16 MB (32 in session 24, 24 since): a nested lookup keeps its whole answer alive while it
 * is built, which each scavenge copied; with 32 MB on M the server's CPU per request fell from 13–16 to 9.5–10 ms
 * (generic 2 levels) and 118–128 to 85–96 ms (3 levels), for about 30 MB more RSS (181 MB at most at c=32, from
 * 150; 64 MB semi-spaces reached 254 MB). Since each server is warmed before a series (WARM_MS), the load lasts
 * longer and 32 MB reached 205–208 MB at L: 24 MB semi-spaces keep it at 183–193 MB with the same CPU per request
 * (16 MB: 136–155 MB, 10–20 % more CPU on 3-level lookups).
 */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=1024', '--max-semi-space-size=24'];

/**
 * Starts `dist/src/main.js` (built by `npm run bench`) as production runs it, against `target`, with
 * anonymous callers in the analyst role so that every measured operation is allowed. Its own process
 * gives its own memory figure, and keeps the load generator's work out of the server's event loop.
 * With `cpuProfileDir`, Node writes a CPU profile there when the server exits; `nodeOptions` go to
 * its NODE_OPTIONS (to try V8 settings). `script` (under dist/) starts another server the same way:
 * the @neo4j/graphql one.
 */
export async function startBenchServer(
  target: Target,
  logFile: string,
  cpuProfileDir?: string,
  nodeOptions?: string,
  script = path.join('src', 'main.js'),
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const port = await freePort();
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  const flags = [...SERVER_NODE_FLAGS, ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [])];
  const proc = spawn(process.execPath, [...flags, path.join(PROJECT_ROOT, 'dist', script)], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH,
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
      NODE_ENV: 'production',
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'info',
      ANONYMOUS_ROLE: 'analyst',
      // The cost limit adds up the fields of every fragment, though one entity matches one kind: the
      // 3-level typed lookup (at most 8,000 entities, as the generic one) is priced at 27.5M.
      MAX_COST: '50000000',
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const url = new URL(`http://127.0.0.1:${port}/graphql`);
  // The API plans its hot statements before it says ready (WARM_UP_BUDGET_MS, 120 s by default, and a step it
  // started may take up to 120 s more on a cold database): the benchmark measures what comes after.
  for (const until = Date.now() + 300_000; ;) {
    if (proc.exitCode !== null)
      throw new Error(`${script} exited with ${proc.exitCode} while starting; see ${logFile}`);
    if (Date.now() > until) throw new Error(`${script} was not ready within 300 s; see ${logFile}`);
    const ready = await fetch(new URL('/ready', url)).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  let peak = 0;
  const takeCpuMs = cpuTaker(proc.pid!);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(proc.pid!))), 100);
  return {
    url,
    pid: proc.pid!,
    takePeakRssMb: () => {
      const p = Math.max(peak, rssMb(proc.pid!));
      peak = 0;
      return Math.round(p);
    },
    takeCpuMs,
    stop: async () => {
      clearInterval(sampler);
      proc.kill('SIGTERM');
      await exited;
    },
  };
}
