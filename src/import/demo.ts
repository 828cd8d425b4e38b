import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import type { Database } from '../db/driver';
import { CypherRunner } from '../db/runner';
import { importFiles, type ImportOptions, type ImportSummary } from './importer';

export const DEMO_DIR = path.join(PROJECT_ROOT, 'data', 'demo');

/** The demo dataset's files (curated from the seed documents). */
export function demoFiles(): string[] {
  return fs
    .readdirSync(DEMO_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(DEMO_DIR, f));
}

/** How the demo is loaded: the import's options, and whether Neo4j's plans are made again afterwards. */
export interface SeedOptions extends ImportOptions {
  /**
   * Resample the indexes and drop every cached plan once loaded (default true). False only where the cached plans were
   * made on this same data (the tests, which wipe and load the demo again suite after suite): dropping them there
   * made every suite plan each of its statements again, about a second per suite.
   */
  replan?: boolean;
}

/** Loads the demo dataset (idempotent: a second load reports everything unchanged). */
export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<ImportSummary> {
  const { replan = true, ...importOptions } = options;
  const summary = await importFiles(db, demoFiles(), importOptions);
  // Without this the first plans are made with the empty database's index samples; Neo4j re-plans them once the
  // samples catch up, and the matches statement's re-plan (seconds on 2 cores) held every match for 8–14 s in
  // the load test, once in its measured minute.
  if (replan)
    await new CypherRunner(db, { metadata: { requestId: 'cli', operation: 'demo' } }).autoCommit(
      'system/prepare-for-replanning',
    );
  return summary;
}

/** True when the database holds no entities yet. */
export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await new CypherRunner(db, { metadata: { requestId: 'cli', operation: 'demo' } }).read<{
    count: number;
  }>('system/entity-count');
  return row.count === 0;
}
