import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postGraphql, queryGraphql } from './http-client';
import { firstDifference } from './library/answers';
import type { Call, Operation } from './operation.type';
import { startBenchServer, type BenchServer, type Target } from './server-process';
import { measure, MIN_HALF_MS, perRequest, summarise, WARM_MS } from './stats';

/** What the stack alone spent on a series of a nested lookup: requests/s and server CPU a request (ms). */
export interface StackFloorSeries {
  throughput: number;
  serverCpuMs: number;
}

/** The stack's floor for one operation: a bare Apollo Server answering the API's recorded answers. */
export interface StackFloor {
  /** Runs `n` requests (at least 2 × MIN_HALF_MS above concurrency 1) after WARM_MS of warming, at `concurrency`. */
  series(n: number, concurrency: number): Promise<StackFloorSeries>;
  stop(): Promise<void>;
}

/**
 * Starts tools/bench/apollo-floor.ts with the API's own schema and `answers` (entity id → the API's `entity` answer
 * of `op` for that input), and checks that it gives back every input's answer as the API did: the same document
 * answered the same way, with nothing read. Its server CPU a request is the least any server built on this stack
 * (Apollo Server 5, Express 5, graphql-js) spends on that shape, so how far the API or the library can get from it.
 */
export async function startStackFloor(
  op: Operation,
  calls: Call[],
  answers: Map<string, unknown>,
  target: Target,
  logFile: string,
  nodeOptions?: string,
): Promise<StackFloor> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pg-stack-floor-')), 'answers.json');
  fs.writeFileSync(file, JSON.stringify(Object.fromEntries(answers)));
  let server: BenchServer | undefined;
  try {
    server = await startBenchServer(
      target,
      logFile,
      undefined,
      nodeOptions,
      path.join('tools', 'bench', 'apollo-floor.js'),
      {
        STACK_FLOOR_ANSWERS: file,
      },
    );
    for (const [i, c] of calls.entries()) {
      const id = c.variables.id as string;
      const given = op.answer!(await queryGraphql(server.url, op.graphql, c.variables));
      const difference = firstDifference(given, answers.get(id));
      if (difference) throw new Error(`${op.name}, input ${i} (${id}): the stack's floor ≠ the API at ${difference}`);
    }
  } catch (e) {
    await server?.stop();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    throw e;
  }
  const floor = server;
  const ask = (j: number) => postGraphql(floor.url, op.graphql, calls[j % calls.length].variables);
  return {
    async series(n, concurrency) {
      await measure(concurrency, concurrency, ask, WARM_MS);
      floor.takeCpuMs();
      const r = await measure(n, concurrency, ask, concurrency > 1 ? 2 * MIN_HALF_MS : 0);
      return {
        throughput: summarise(r.latencies, r.wallMs).throughput,
        serverCpuMs: perRequest(floor.takeCpuMs(), r.latencies.length),
      };
    },
    async stop() {
      await floor.stop();
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    },
  };
}
