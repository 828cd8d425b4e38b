import type { ManagedTransaction } from 'neo4j-driver';
import { loadCypher } from '../db/cypher';
import type { Database } from '../db/driver';
import { toNative } from '../db/values';
import type { EntityKind } from '../model/vocabulary';
import { readImportFile } from './readers';
import { toEntityRow, toRelationRow, type ParsedRecord, type RelationRow } from './records';
import { ImportValidationError, validateBatch, type KindLookup } from './validate';

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  entities: Counts;
  relations: Counts;
  seconds: number;
  /** Relationships written or checked per second during the write phase. */
  relationshipsPerSecond: number;
  transactions: number;
}

export interface ImportOptions {
  /** Rows per UNWIND batch. */
  batchSize?: number;
  /** Up to this many records the whole import is one transaction; above it, one per batch. */
  singleTransactionLimit?: number;
  onProgress?: (done: number, total: number) => void;
}

const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

/** Reads every file, validates them together, then writes them (nothing is written if any is invalid). */
export async function importFiles(db: Database, files: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const records: ParsedRecord[] = [];
  for (const f of files) for (const r of await readImportFile(f)) records.push(r);
  return importRecords(db, records, options);
}

/** The kinds of the given ids that exist in the database. */
export function databaseKindLookup(db: Database): KindLookup {
  return async (ids) => {
    const found = new Map<string, EntityKind>();
    for (let i = 0; i < ids.length; i += 50_000) {
      const { records } = await db.driver.executeQuery(loadCypher('import/existing-kinds'), { ids: ids.slice(i, i + 50_000) }, { database: db.database, routing: 'READ' });
      for (const r of records) found.set(r.get('id'), r.get('kind'));
    }
    return found;
  };
}

/** Validates and writes parsed records with idempotent UNWIND upserts; reports created/updated/unchanged. */
export async function importRecords(db: Database, records: ParsedRecord[], options: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const issues = await validateBatch(records, databaseKindLookup(db));
  if (issues.length) throw new ImportValidationError(issues);

  const entities = records.flatMap((r) => (r.entity ? [toEntityRow(r.entity)] : []));
  const relations = records.flatMap((r) => (r.relation ? [toRelationRow(r.relation)] : []));
  const batchSize = options.batchSize ?? 10_000;
  const total = entities.length + relations.length;
  const single = total <= (options.singleTransactionLimit ?? 50_000);

  let summary = { entities: zero(), relations: zero() };
  let transactions = 0;
  const session = db.driver.session({ database: db.database });
  const write = async (work: (tx: ManagedTransaction) => Promise<void>) => {
    transactions++;
    await session.executeWrite(work);
  };
  const relStarted = { at: Date.now() };
  try {
    const run = async (tx: ManagedTransaction | undefined) => {
      summary = { entities: zero(), relations: zero() }; // a retried transaction counts afresh
      let done = 0;
      const created = new Set<string>();
      const step = async (query: string, rows: unknown[], onRow: (row: Record<string, unknown>) => void) => {
        const exec = async (t: ManagedTransaction) => {
          const result = await t.run(loadCypher(query), { rows });
          for (const rec of result.records) onRow(toNative(rec.toObject()) as Record<string, unknown>);
        };
        if (tx) await exec(tx);
        else await write(exec);
        done += rows.length;
        options.onProgress?.(done, total);
      };
      for (let i = 0; i < entities.length; i += batchSize) {
        await step('import/upsert-entities', entities.slice(i, i + batchSize), (row) => {
          add(summary.entities, row as unknown as Counts);
          for (const id of row.createdIds as string[]) created.add(id);
        });
      }
      relStarted.at = Date.now();
      // Ties between two entities this import created cannot exist yet: CREATE them, skip the merge.
      const fresh: RelationRow[] = [];
      const known: RelationRow[] = [];
      for (const r of relations) (created.has(r.from) && created.has(r.to) ? fresh : known).push(r);
      for (let i = 0; i < fresh.length; i += batchSize) {
        await step('import/create-relations', fresh.slice(i, i + batchSize), (row) => (summary.relations.created += row.created as number));
      }
      for (let i = 0; i < known.length; i += batchSize) {
        await step('import/upsert-relations', known.slice(i, i + batchSize), (row) => add(summary.relations, row as unknown as Counts));
      }
    };
    if (single) await write((tx) => run(tx));
    else await run(undefined);
  } finally {
    await session.close();
  }
  const relSeconds = (Date.now() - relStarted.at) / 1000;
  return {
    ...summary,
    seconds: (Date.now() - started) / 1000,
    relationshipsPerSecond: relations.length ? Math.round(relations.length / Math.max(relSeconds, 0.001)) : 0,
    transactions,
  };
}

function add(into: Counts, row: Counts): void {
  into.created += row.created;
  into.updated += row.updated;
  into.unchanged += row.unchanged;
}
