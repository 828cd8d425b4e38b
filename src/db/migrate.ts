import crypto from 'node:crypto';
import neo4j from 'neo4j-driver';
import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, splitStatements } from './cypher';
import type { Database } from './driver';
import { deriveAllIntervals, summariseAllTies } from './intervals';
import { storeAllCountries } from './countries';
import { CypherRunner } from './runner';

export interface MigrationReport {
  applied: string[];
  skipped: string[];
  /** Entities that break "one id, one kind" (found after the migrations; start-up logs them as a warning). */
  kindClashes: KindClashes;
}

/** How many entities carry more than one kind (or a kind label other than their `kind`), and the first of them. */
export interface KindClashes {
  count: number;
  clashes: { id: string; kind: string; labels: string[] }[];
}

/** Finds entities whose labels name several kinds (cypher/system/kind-clashes.cypher); lists at most `first`. */
export async function findKindClashes(db: Database, first = 20): Promise<KindClashes> {
  const runner = new CypherRunner(db, { metadata: { requestId: 'migrate', operation: 'kind-clashes' } });
  const [row] = await runner.read<KindClashes>('system/kind-clashes', { first: neo4j.int(first) });
  return row;
}

const MIGRATIONS_DIR = path.join(CYPHER_DIR, 'migrations');

/** Data steps run after a migration's statements, before it is recorded (a statement file holds no loops). */
const DATA_STEPS: Record<string, (runner: CypherRunner) => Promise<unknown>> = {
  '006-tie-intervals': deriveAllIntervals,
  '008-tie-summaries': summariseAllTies,
  '009-entity-country': storeAllCountries,
};

export interface MigrateOptions {
  /**
   * Migrations whose data step is skipped because whoever filled the database stored what it derives: the bulk
   * loader computes intervals, tie summaries and countries in its conversion (tools/bulk/derived.ts).
   */
  derived?: ReadonlySet<string>;
}

/**
 * Applies `cypher/migrations/NNN-name.cypher` in order, each once: applied ones are recorded as
 * `(:Migration {id, checksum, appliedAt})`. Schema statements cannot share a transaction with
 * writes, so each statement runs on its own; they use IF NOT EXISTS, so a re-run after a crash
 * mid-file is safe.
 */
export async function migrate(db: Database, options: MigrateOptions = {}): Promise<MigrationReport> {
  const files = fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}-[\w-]+\.cypher$/.test(f))
    .sort();
  const runner = new CypherRunner(db, { metadata: { requestId: 'migrate', operation: 'migrate' } });
  const rows = await runner.read<{ id: string; checksum: string }>('system/migrations-applied');
  const done = new Map(rows.map((r) => [r.id, r.checksum]));
  const report: Omit<MigrationReport, 'kindClashes'> = { applied: [], skipped: [] };
  for (const file of files) {
    const id = file.replace(/\.cypher$/, '');
    const text = fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8');
    const checksum = crypto.createHash('sha256').update(text).digest('hex');
    if (done.has(id)) {
      if (done.get(id) !== checksum) {
        throw new Error(`Migration ${file} changed after it was applied; add a new migration instead of editing it`);
      }
      report.skipped.push(id);
      continue;
    }
    await runner.writeStatements(splitStatements(text));
    if (!options.derived?.has(id)) await DATA_STEPS[id]?.(runner);
    await runner.write('system/migration-record', { id, checksum });
    report.applied.push(id);
  }
  return { ...report, kindClashes: await findKindClashes(db) };
}
