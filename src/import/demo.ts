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

/** Loads the demo dataset (idempotent: a second load reports everything unchanged). */
export async function seedDemo(db: Database, options?: ImportOptions): Promise<ImportSummary> {
  const summary = await importFiles(db, demoFiles(), options);
  // Without this the first plans are made with the empty database's index samples; Neo4j re-plans them once the
  // samples catch up, and the matches statement's re-plan (seconds on 2 cores) held every match for 8–14 s in
  // the load test, once in its measured minute.
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
