import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { CypherRunner } from '../../src/db/runner';
import { connectTo } from '../localdb/target';
import { migrate } from '../../src/db/migrate';
import { importRecords, type ImportSummary } from '../../src/import/importer';
import { readImportFile } from '../../src/import/readers';
import type { ParsedRecord } from '../../src/import/records';
import { LocalNeo4j } from '../localdb/launcher';

export interface ImportRun {
  mode: 'one row per transaction' | 'batched';
  records: number;
  relationships: number;
  relationshipsPerSecond: number;
  transactions: number;
  seconds: number;
  phases: ImportSummary['phases'];
}

export interface ImportRates {
  runs: ImportRun[];
  /** Batched rate / one-row-per-transaction rate on the same sample. */
  speedup: number;
}

/** The first `n` relationships of a file and exactly the entities they connect. */
function sampleOf(records: ParsedRecord[], n: number): ParsedRecord[] {
  const rels = records.filter((r) => r.relation).slice(0, n);
  const ids = new Set(rels.flatMap((r) => [r.relation!.from, r.relation!.to]));
  return [...records.filter((r) => r.entity && ids.has(r.entity.id)), ...rels];
}

const run = (mode: ImportRun['mode'], records: ParsedRecord[], s: ImportSummary): ImportRun => ({
  mode,
  records: records.length,
  relationships: records.filter((r) => r.relation).length,
  relationshipsPerSecond: s.relationshipsPerSecond,
  transactions: s.transactions,
  seconds: s.seconds,
  phases: s.phases,
});

/**
 * Import rates into a scratch Neo4j of our own (home `.neo4j/bench-import`, Bolt 7690; deleted
 * before and after, so it always starts empty): a sample of `sample` relationships one row per
 * transaction, the same sample batched, then the whole file batched.
 */
export async function measureImport(file: string, sample: number, log: (msg: string) => void): Promise<ImportRates> {
  const home = path.join(PROJECT_ROOT, '.neo4j', 'bench-import');
  // Forced, not defaults: a LOCAL_NEO4J_HOME in the environment must never point this at real data.
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: undefined,
    LOCAL_NEO4J_HOME: home,
    LOCAL_NEO4J_BOLT_PORT: '7690',
  });
  const local = new LocalNeo4j(config.local, log);
  await local.stop();
  fs.rmSync(home, { recursive: true, force: true });
  const db = await connectTo(config, log);
  try {
    await migrate(db);
    const runner = new CypherRunner(db, { metadata: { requestId: 'bench', operation: 'import-rate' } });
    const all = await readImportFile(file);
    const part = sampleOf(all, sample);
    const runs: ImportRun[] = [];
    log(`Import: ${sample} relationships one row per transaction…`);
    runs.push(
      run(
        'one row per transaction',
        part,
        await importRecords(db, part, { batchSize: 1, singleTransactionLimit: 0, concurrency: 1 }),
      ),
    );
    await runner.autoCommit('bench/clear');
    runs.push(run('batched', part, await importRecords(db, part, { singleTransactionLimit: 0 })));
    await runner.autoCommit('bench/clear');
    log(`Import: the whole file batched (${all.length.toLocaleString('en-US')} records)…`);
    runs.push(run('batched', all, await importRecords(db, all)));
    return { runs, speedup: Math.round((runs[1].relationshipsPerSecond / runs[0].relationshipsPerSecond) * 10) / 10 };
  } finally {
    await db.driver.close();
    await local.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
