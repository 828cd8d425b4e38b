import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, SERVER_NODE_FLAGS } from '../../tools/bench/server-process';
import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/driver';
import { seedDemo } from '../../src/import/demo';
import { testDatabase, wipe } from './db';
import { TEST_API_KEYS_SETTING } from './server';

/** Where reliability tests keep their logs and figures (git-ignored). */
export const OUTPUT_DIR = path.join(PROJECT_ROOT, 'test-output', 'reliability');

export interface ApiProcess {
  url: string;
  proc: ChildProcess;
  logFile: string;
  /** SIGTERM, then waits for the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the API the way production does (`src/main.ts` in its own process, configured by the
 * environment) against the tests' Neo4j, with one API key per role; resolves once /ready says yes.
 */
export async function startApiProcess(name: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const port = await freePort();
  const logFile = path.join(OUTPUT_DIR, `${name}.api.log`);
  const log = fs.openSync(logFile, 'w');
  // With npm start's V8 flags: the load and fault suites run the server under the heap limit it has in production.
  const proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, '-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH,
      NEO4J_URI: process.env.NEO4J_URI!,
      NEO4J_USERNAME: process.env.NEO4J_USERNAME!,
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD!,
      PORT: String(port),
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'info',
      API_KEYS: TEST_API_KEYS_SETTING,
      // These processes measure other things, against a database whose plans earlier suites made; the warm-up
      // has its own suite (warm-up.test), and on a cold database it takes a minute.
      WARM_UP_BUDGET_MS: '0',
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const until = Date.now() + 60_000 + Number(env.WARM_UP_BUDGET_MS ?? 0);
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`the API exited with ${proc.exitCode} while starting; see ${logFile}`);
    try {
      if ((await fetch(`${url}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`the API did not become ready in time; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    proc,
    logFile,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      const code = await exited;
      fs.closeSync(log);
      return code;
    },
  };
}

/** POSTs a GraphQL request and returns status, body and how long it took. */
export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, text, body: safeJson(text), ms: performance.now() - started };
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The tests' database, wiped and seeded with the demo dataset, and an API process over it. */
export async function demoApiProcess(name: string): Promise<{ db: Database; api: ApiProcess }> {
  const db = await testDatabase();
  await wipe(db);
  await seedDemo(db);
  return { db, api: await startApiProcess(name) };
}
