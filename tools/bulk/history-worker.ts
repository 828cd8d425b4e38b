import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { importBatches } from '../../src/import/readers';
import { toEntityRow, toRelationRow } from '../../src/import/records';
import type { ChangeAuthor } from '../../src/modules/history/history.writer';
import { ChangeCsv, type ChangeFiles, type ChangePlan } from './history-csv';

/** What the history worker writes: the Change file of `files` (already read and validated by the main thread). */
export interface HistoryJob {
  files: string[];
  dir: string;
  plan: ChangePlan;
  author: ChangeAuthor;
  /** The time every Change of the load names, as an ISO string. */
  at: string;
}

/** The history's node files once written, and the seconds the worker took. */
export type WrittenHistory = ChangeFiles & { seconds: number };

export interface HistoryWorker {
  /** Resolves once the file is written; rejects if the worker failed. */
  done: Promise<WrittenHistory>;
  /** Stops the worker (a refused or failed load): its file is left half-written, for the caller to delete. */
  cancel: () => Promise<void>;
}

// Loads this module in the worker: compiled, it is a .js file; run from source (ts-node, Jest), the worker has no
// TypeScript loader of its own unless the process's `-r ts-node/register` reached it, so it registers one.
const BOOT = `
const { workerData } = require('node:worker_threads');
if (workerData.module.endsWith('.ts') && !require.extensions['.ts']) require('ts-node').register({ transpileOnly: true });
require(workerData.module);
`;

/**
 * Writes the history log's CSV on a worker thread. The Change rows are most of the conversion's work (a JSON of every
 * stored field per entity and per tie: 3 of L's 4 GB of CSV), and they depend on nothing the main thread derives, so
 * the worker reads the input files again, a thousand records at a time, and writes them on the second core while the
 * main thread validates, derives and writes the nodes and relationships. Its memory stays small: it holds the plan
 * (each entity's kind), not the records. It starts once the main thread has read the files: started with them, it
 * slowed that read more than it gained (L: 192 s against 166 s to the end of the conversion, 2026-12-04).
 */
export function startHistoryWorker(job: HistoryJob): HistoryWorker {
  const worker = new Worker(BOOT, {
    eval: true,
    workerData: { module: __filename, job },
    // Short-lived strings by the million, as in the main thread (package.json gives it 64 MB semi-spaces).
    resourceLimits: { maxYoungGenerationSizeMb: 192, maxOldGenerationSizeMb: 4096 },
  });
  let settled = false;
  const started = Date.now();
  const done = new Promise<WrittenHistory>((resolve, reject) => {
    worker.on('message', (m: { files?: ChangeFiles; error?: string }) => {
      settled = true;
      if (m.files) resolve({ ...m.files, seconds: (Date.now() - started) / 1000 });
      else reject(new Error(`The history writer failed: ${m.error}`));
    });
    worker.on('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The history writer stopped (exit code ${code}) before writing its file`));
    });
  });
  done.catch(() => undefined); // awaited by the caller; never an unhandled rejection while it is still converting
  return {
    done,
    cancel: async () => {
      settled = true;
      await worker.terminate();
    },
  };
}

async function writeHistory(job: HistoryJob): Promise<ChangeFiles> {
  const changes = new ChangeCsv(job.dir, job.plan, { author: job.author, at: new Date(job.at) });
  for (const file of job.files)
    for await (const batch of importBatches(file))
      for (const r of batch) {
        const wait = r.entity
          ? changes.entity(toEntityRow(r.entity))
          : r.relation
            ? changes.tie(toRelationRow(r.relation))
            : undefined;
        if (wait) await wait;
      }
  return changes.close();
}

if (!isMainThread && (workerData as { job?: HistoryJob } | null)?.job)
  writeHistory((workerData as { job: HistoryJob }).job).then(
    (files) => parentPort!.postMessage({ files }),
    (e: unknown) => parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) }),
  );
