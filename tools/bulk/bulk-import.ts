import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../src/config';
import { connect, type Neo4jTarget } from '../../src/db/driver';
import { migrate } from '../../src/db/migrate';
import { CypherRunner } from '../../src/db/runner';
import { readImportFile } from '../../src/import/readers';
import type { ParsedRecord } from '../../src/import/records';
import { ImportValidationError, validateBatch } from '../../src/import/validate';
import { INTERNAL_IMPORT } from '../../src/modules/history/history.writer';
import { LocalNeo4j } from '../localdb/launcher';
import { writeBulkCsv, type BulkCsv } from './csv';
import { BulkDerived, DERIVED_IN_CONVERSION } from './derived';
import { planChanges } from './history-csv';
import { startHistoryWorker, type HistoryWorker, type WrittenHistory } from './history-worker';
import { runAdminImport, type AdminImportOptions } from './neo4j-admin';

export interface BulkImportOptions {
  /** Replace a database that holds data (its store is kept aside until the new one has started). */
  replace?: boolean;
  /**
   * Record the history log the online import would (default true). False only to measure what the history costs
   * (tools/bulk/history-cost.ts): the loaded entities would then have no recorded origin.
   */
  history?: boolean;
  /** Progress of the current phase: its name, work done and total. */
  onProgress?: (phase: string, done: number, total: number) => void;
  onAdminStarted?: AdminImportOptions['onStarted'];
  log?: (msg: string) => void;
}

export interface BulkImportSummary {
  entities: number;
  relations: number;
  /** Changes recorded in the history log: one per entity (CREATE) and per tie (LINK). */
  changes: number;
  /** Seconds per phase (`migrations`: the empty lists neo4j-admin leaves out, migrations, index builds). */
  phases: {
    read: number;
    validate: number;
    convert: number;
    stop: number;
    neo4jAdmin: number;
    start: number;
    migrations: number;
  };
  seconds: number;
  /**
   * Seconds the history log's writer ran on its worker thread (history-worker.ts), from the end of `read`: beside
   * `validate` and `convert`, which include any wait for it. 0 without history.
   */
  historyWriter: number;
  /** Relationships per second of the neo4j-admin phase. */
  relationshipsPerSecond: number;
}

const refuse = (message: string) => Object.assign(new Error(message), { cliMessage: true });

/**
 * Starts the local Neo4j (if it is not running) and refuses a database that holds data, unless it is to be replaced:
 * bulk loading replaces the whole store.
 */
async function refuseNonEmpty(local: LocalNeo4j, config: Config, replace: boolean): Promise<Neo4jTarget> {
  const target = { ...(await local.start()), database: config.database };
  const db = await connect(target, config.neo4j, () => undefined);
  try {
    const runner = new CypherRunner(db, { metadata: { requestId: 'cli', operation: 'bulk-import' } });
    // How many nodes the database holds besides the migrations' bookkeeping.
    const [{ count }] = await runner.read<{ count: number }>('import/bulk-target-nodes');
    if (count > 0 && !replace)
      throw refuse(
        `The database "${config.database}" at ${target.uri} holds ${count} node(s); bulk loading replaces the whole store, ` +
          'so it only runs on an empty database. Add --replace to discard what it holds, or use `npm run import` ' +
          'without --bulk to add to it.',
      );
  } finally {
    await db.driver.close();
  }
  return target;
}

/**
 * Loads validated import files into the local Neo4j with `neo4j-admin database import full`: reads and validates
 * them as the online import does (a bad file is refused before anything is stopped), converts them to CSV, stops
 * Neo4j, imports into a fresh store, starts Neo4j and applies the migrations (constraints and indexes, built
 * over the loaded data). The previous store is moved aside first and put back if the import fails, so a failed or
 * interrupted import leaves the database as it was.
 */
export async function bulkImport(
  config: Config,
  files: string[],
  options: BulkImportOptions = {},
): Promise<BulkImportSummary> {
  if (config.external)
    throw refuse(
      `Bulk loading writes the store files of the local Neo4j, but NEO4J_URI points at ${config.external.uri}. ` +
        'Use `npm run import` without --bulk there, or run neo4j-admin on that server (docs/operations.md, "Bulk loading").',
    );
  const started = Date.now();
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const local = new LocalNeo4j(config.local, log);
  const leftover = local.databaseDirs(config.database).find((d) => fs.existsSync(asideOf(d)));
  if (leftover)
    throw refuse(
      `${asideOf(leftover)} holds the store an earlier bulk load set aside and could not put back (its process ended ` +
        `abruptly). With Neo4j stopped (npm run db:stop), move it back over ${leftover} to keep that data, or delete it.`,
    );
  const clock = timer();

  const csvDir = path.join(local.home, 'import', 'bulk');
  fs.rmSync(csvDir, { recursive: true, force: true });
  fs.mkdirSync(csvDir, { recursive: true });
  // The history names the command-line import's author, as `npm run import` does, and the time of the conversion:
  // earlier than any change made once the loaded database is up, so `at` never goes back as seq goes up. Its file is
  // written by a worker on the other core (history-worker.ts) while this thread validates and converts.
  const at = new Date().toISOString();
  let history: HistoryWorker | undefined;
  const records: ParsedRecord[] = [];
  let read: number;
  let validate: number;
  let convert: number;
  let csv: BulkCsv;
  let changes: WrittenHistory | undefined;
  let stopping: Promise<unknown> | undefined;
  let target: Neo4jTarget;
  try {
    for (const f of files) for (const r of await readImportFile(f)) records.push(r);
    read = clock();
    if (options.history !== false)
      history = startHistoryWorker({ files, dir: csvDir, plan: planChanges(records), author: INTERNAL_IMPORT, at });
    // The same validation as the online import. The store is replaced, so no id may refer to what it holds.
    const issues = await validateBatch(records, async () => new Map());
    if (issues.length) throw new ImportValidationError(issues);
    validate = clock();
    target = await refuseNonEmpty(local, config, options.replace === true);
    clock();
    // Neo4j stops while the files are written: nothing is asked of it until neo4j-admin runs.
    stopping = local.stop();
    // What the migrations' walks would derive, computed here (derived.ts): at L those walks took most of the load.
    const derived = new BulkDerived(records);
    csv = await writeBulkCsv(records, csvDir, derived, (d, t) => options.onProgress?.('convert', d, t));
    records.length = 0; // the CSV files hold them now; neo4j-admin needs the memory
    changes = await history?.done;
    convert = clock();
  } catch (e) {
    await history?.cancel();
    fs.rmSync(csvDir, { recursive: true, force: true });
    // A refused or failed conversion leaves the database as it found it: running.
    if (stopping) await stopping.then(() => local.start());
    throw e;
  }
  if (changes) csv.nodes.push(...changes.nodes);
  await stopping;
  const stop = clock();
  const aside = setAside(local, config.database);
  let neo4jAdmin: number;
  // Ctrl-C (or a SIGTERM) now must not end this process before the previous store is back: stop neo4j-admin
  // instead, and let the failure path below restore and restart.
  let stopAdmin: ((signal: NodeJS.Signals) => void) | undefined;
  const interrupted = () => {
    log('Interrupted: stopping neo4j-admin and putting the previous database back…');
    stopAdmin?.('SIGTERM');
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  try {
    await runAdminImport(local, csv, {
      database: config.database,
      onProgress: (p, stage) => options.onProgress?.(`neo4j-admin stage ${stage}`, p, 100),
      onStarted: (kill, pid) => {
        stopAdmin = kill;
        options.onAdminStarted?.(kill, pid);
      },
    });
    neo4jAdmin = clock();
  } catch (e) {
    aside.restore();
    log('The import failed; the previous database is back in place. Starting Neo4j again…');
    await local.start();
    throw e;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    fs.rmSync(csvDir, { recursive: true, force: true });
  }
  await local.start();
  const start = clock();
  aside.discard();
  const after = await connect(target, config.neo4j, () => undefined);
  try {
    // Before the migrations, so that the indexes are built once, over the final properties.
    const runner = new CypherRunner(after, { metadata: { requestId: 'cli', operation: 'bulk-import' } });
    // neo4j-admin stores no property for an empty list: set them before the indexes are built over them.
    await runner.autoCommit('import/bulk-empty-lists', {}, { unbounded: true });
    await migrate(after, { derived: DERIVED_IN_CONVERSION });
    await awaitIndexes(runner, (p) => options.onProgress?.('indexes', p, 100));
  } finally {
    await after.driver.close();
  }
  const migrations = clock();
  return {
    entities: csv.entities,
    relations: csv.relations,
    changes: changes?.changes ?? 0,
    historyWriter: changes?.seconds ?? 0,
    phases: { read, validate, convert, stop, neo4jAdmin, start, migrations },
    seconds: (Date.now() - started) / 1000,
    relationshipsPerSecond: Math.round(csv.relations / Math.max(neo4jAdmin, 0.001)),
  };
}

/**
 * Waits until every index is online: the migrations create them over the loaded nodes and Neo4j builds them in the
 * background; until then lists and search would fall back to scans. Polled, as a single awaiting statement could
 * outlast the server's transaction timeout at large sizes.
 */
async function awaitIndexes(runner: CypherRunner, onProgress: (percent: number) => void): Promise<void> {
  for (;;) {
    const pending = await runner.read<{ name: string; state: string; percent: number; failure: string }>(
      'system/indexes-populating',
    );
    const failed = pending.find((i) => i.state === 'FAILED');
    if (failed) throw refuse(`Index ${failed.name} could not be built: ${failed.failure}`);
    if (!pending.length) return;
    onProgress(Math.floor(Math.min(...pending.map((i) => i.percent))));
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Seconds since the previous call (or since it was made). */
function timer(): () => number {
  let last = Date.now();
  return () => {
    const now = Date.now();
    const s = (now - last) / 1000;
    last = now;
    return s;
  };
}

const asideOf = (dir: string) => `${dir}.before-bulk`;

/** Moves a database's store and logs aside (a rename: instant); restore() puts them back, discard() deletes them. */
function setAside(local: LocalNeo4j, database: string): { restore: () => void; discard: () => void } {
  const moved = local.databaseDirs(database).map((dir) => ({ dir, aside: asideOf(dir) }));
  for (const { dir, aside } of moved) {
    fs.rmSync(aside, { recursive: true, force: true });
    if (fs.existsSync(dir)) fs.renameSync(dir, aside);
  }
  return {
    restore: () => {
      for (const { dir, aside } of moved) {
        fs.rmSync(dir, { recursive: true, force: true });
        if (fs.existsSync(aside)) fs.renameSync(aside, dir);
      }
    },
    discard: () => {
      for (const { aside } of moved) fs.rmSync(aside, { recursive: true, force: true });
    },
  };
}
