import type { ManagedTransaction } from 'neo4j-driver';
import { loadCypher } from '../db/cypher';
import type { Database } from '../db/driver';
import { storeCountries } from '../db/countries';
import { deriveIntervals, DERIVE_BATCH } from '../db/intervals';
import { CypherRunner } from '../db/runner';
import { toNative } from '../db/values';
import type { EntityKind } from '../model/vocabulary';
import {
  INTERNAL_IMPORT,
  recordChanges,
  type ChangeAuthor,
  type ChangeRecord,
} from '../modules/history/history.writer';
import { importChanges } from './changes';
import { originsOf, writeBatch } from './integrity';
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
  /** Seconds per phase: validation, entity writes, relationship writes. */
  phases: { validate: number; entities: number; relations: number };
}

export interface ImportOptions {
  /** Rows per UNWIND batch. */
  batchSize?: number;
  /** Up to this many records the whole import is one transaction; above it, one per batch. */
  singleTransactionLimit?: number;
  /** Batches written at once when committing per batch (the client encodes while Neo4j writes). */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * Run the import's reads and its (single) write transaction through an API request's runner: its
   * bookmarks, time budget, retries and unit of work. Such an import MERGEs every entity, even those
   * validation did not find: concurrent identical upserts may all find nothing, and CREATE would make
   * all but one fail on the uniqueness constraint.
   */
  within?: Pick<CypherRunner, 'readTx' | 'writeTx'>;
  /** Who the history log names for what this import changes (default: `internal`, source `import`). */
  author?: ChangeAuthor;
}

const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

/** Reads every file, validates them together, then writes them (nothing is written if any is invalid). */
export async function importFiles(db: Database, files: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const records: ParsedRecord[] = [];
  for (const f of files) for (const r of await readImportFile(f)) records.push(r);
  return importRecords(db, records, options);
}

/** The kinds of the given ids that exist in the database. */
export function databaseKindLookup(db: Database, within: ImportOptions['within'] = commandRunner(db)): KindLookup {
  return async (ids) => {
    const found = new Map<string, EntityKind>();
    for (let i = 0; i < ids.length; i += 50_000) {
      const params = { ids: ids.slice(i, i + 50_000) };
      const { records } = await within.readTx((tx) => tx.run(loadCypher('import/existing-kinds'), params));
      for (const r of records) found.set(r.get('id') as string, r.get('kind') as EntityKind);
    }
    return found;
  };
}

/** The runner of an import run as a command (not within an API request): no deadline, tagged `import`. */
const commandRunner = (db: Database) => new CypherRunner(db, { metadata: { requestId: 'cli', operation: 'import' } });

/** Validates and writes parsed records with idempotent UNWIND upserts; reports created/updated/unchanged. */
export async function importRecords(
  db: Database,
  records: ParsedRecord[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = Date.now();
  // Remember which ids the database already holds (the others can be created without a merge) and
  // the kinds validation saw: a relationship's write checks that its ends still have them.
  const runner = options.within ?? commandRunner(db);
  const lookup = databaseKindLookup(db, runner);
  const existing = new Map<string, EntityKind>();
  const issues = await validateBatch(records, async (ids) => {
    const found = await lookup(ids);
    for (const [id, kind] of found) existing.set(id, kind);
    return found;
  });
  if (issues.length) throw new ImportValidationError(issues);
  const validated = Date.now();

  const origins = originsOf(records);
  const entities = records.flatMap((r) => (r.entity ? [toEntityRow(r.entity)] : []));
  const relations = records.flatMap((r) => (r.relation ? [toRelationRow(r.relation)] : []));
  const batchSize = options.batchSize ?? 5_000;
  const total = entities.length + relations.length;
  const single = total <= (options.singleTransactionLimit ?? 50_000);

  let summary = { entities: zero(), relations: zero() };
  let transactions = 0;
  /**
   * One write transaction (a session each, so batches of a phase may run side by side), retried after transient errors.
   */
  const write = async <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
    transactions++;
    return runner.writeTx(work);
  };
  const concurrency = single ? 1 : Math.max(1, options.concurrency ?? 4);
  /** Runs the batches of one phase, `concurrency` at a time (in order when 1). */
  const phase = async (rows: unknown[], each: (batch: unknown[]) => Promise<void>) => {
    const batches: unknown[][] = [];
    for (let i = 0; i < rows.length; i += batchSize) batches.push(rows.slice(i, i + batchSize));
    let next = 0;
    const worker = async () => {
      while (next < batches.length) await each(batches[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  };
  const relStarted = { at: Date.now() };
  {
    const run = async (tx: ManagedTransaction | undefined) => {
      summary = { entities: zero(), relations: zero() }; // a retried transaction counts afresh
      let done = 0;
      // id → element id of the nodes this import created.
      const created = new Map<string, string>();
      const kindOf = new Map([...existing, ...entities.map((e) => [e.id, e.kind] as const)]);
      const levelOf = new Map(entities.map((e) => [e.id, e.level]));
      const author = options.author ?? INTERNAL_IMPORT;
      // History: recorded with each batch's transaction when the import commits per batch; in one
      // transaction, gathered and recorded last, so the log's counter lock is held only until commit.
      const pending: ChangeRecord[] = [];
      // The ends of the ties this import created or changed: their tie summaries are brought up to date.
      const tieEnds = new Set<string>();
      // Entities it placed in a region, and regions it moved in the tree: their country (list/store-countries).
      const placed = new Set<string>();
      const reparented = new Set<string>();
      const step = async (query: string, rows: unknown[], onRow: (row: Record<string, unknown>) => void) => {
        const exec = async (t: ManagedTransaction) => {
          const records = await writeBatch(t, query, rows as never, origins);
          const changes = importChanges(query, rows, records, (id) => kindOf.get(id));
          for (const c of changes) {
            if (c.other !== undefined) tieEnds.add(c.entity).add(c.other);
            if (c.relation === 'LOCATED_IN') placed.add(c.entity);
            if (c.relation === 'PART_OF') reparented.add(c.entity);
          }
          if (tx) pending.push(...changes);
          else await recordChanges(t, author, changes);
          return records;
        };
        // Count only once the batch is committed: executeWrite re-runs a batch after a deadlock.
        const records = tx ? await exec(tx) : await write(exec);
        for (const rec of records) onRow(toNative(rec.toObject()) as Record<string, unknown>);
        done += rows.length;
        options.onProgress?.(done, total);
      };
      // Regions whose level this import changed: the country of everything below them may have changed.
      const relevelled = new Set<string>();
      const onEntities = (row: Record<string, unknown>) => {
        add(summary.entities, row as unknown as Counts);
        for (const u of (row.updatedBefore as { id: string; before: Record<string, unknown> }[] | undefined) ?? [])
          if (kindOf.get(u.id) === 'Region' && u.before.level !== levelOf.get(u.id)) relevelled.add(u.id);
        const elementIds = (row.elementIds as string[] | undefined) ?? [];
        (row.createdIds as string[]).forEach((id, i) => created.set(id, elementIds[i]));
      };
      const isNew = (e: { id: string }) => !existing.has(e.id) && !options.within;
      // Sources first: a batch checks under lock that the sources it cites exist (committed, when the
      // import commits per batch), so they must be written before the batches that cite them.
      for (const sources of [true, false]) {
        const rows = entities.filter((e) => (e.kind === 'Source') === sources);
        await phase(rows.filter(isNew), (batch) => step('import/create-entities', batch, onEntities));
        await phase(
          rows.filter((e) => !isNew(e)),
          (batch) => step('import/upsert-entities', batch, onEntities),
        );
      }
      relStarted.at = Date.now();
      // Ties between two entities this import created cannot exist yet: CREATE them, skip the merge.
      const fresh: (RelationRow & { a: string; b: string })[] = [];
      const known: (RelationRow & { fromKind?: EntityKind; toKind?: EntityKind })[] = [];
      for (const r of relations) {
        const a = created.get(r.from);
        const b = created.get(r.to);
        if (a && b) fresh.push({ ...r, a, b });
        else known.push({ ...r, fromKind: kindOf.get(r.from), toKind: kindOf.get(r.to) });
      }
      await phase(fresh, (batch) =>
        step('import/create-relations', batch, (row) => (summary.relations.created += row.created as number)),
      );
      await phase(known, (batch) =>
        step('import/upsert-relations', batch, (row) => add(summary.relations, row as unknown as Counts)),
      );
      // When the touched entities exist and their ties hold (docs/model.md), and the tie summaries: in the
      // import's own transaction when it has one (every API write: only the ends of the ties it wrote are
      // summarised), else a transaction per batch after the writes (every touched entity: a re-run after a
      // crash between the writes and this step writes no tie, yet must still summarise).
      const touched = [...new Set([...entities.map((e) => e.id), ...relations.flatMap((r) => [r.from, r.to])])];
      // Per batch: the country each touched entity lies in, and below the regions whose place in the tree or
      // level the file may have changed (list/store-countries).
      const moved = [...new Set([...relevelled, ...relations.filter((r) => r.type === 'PART_OF').map((r) => r.from)])];
      if (tx) {
        await deriveIntervals(tx, touched, [...tieEnds]);
        // Only where a tie to a region changed (or a region's level): a write that moves nothing places nothing.
        await storeCountries(tx, [...placed], false);
        await storeCountries(tx, [...new Set([...relevelled, ...reparented])], true);
        await recordChanges(tx, author, pending);
      } else {
        const inTurn = new Set(touched);
        for (let i = 0; i < touched.length; i += DERIVE_BATCH)
          await write(async (t) => {
            const slice = touched.slice(i, i + DERIVE_BATCH);
            const derived = await deriveIntervals(t, slice, slice, (id) => inTurn.has(id));
            return derived + (await storeCountries(t, slice, false));
          });
        for (let i = 0; i < moved.length; i += DERIVE_BATCH)
          await write((t) => storeCountries(t, moved.slice(i, i + DERIVE_BATCH), true));
      }
    };
    if (single) await write((tx) => run(tx));
    else await run(undefined);
  }
  const relSeconds = (Date.now() - relStarted.at) / 1000;
  return {
    ...summary,
    phases: {
      validate: (validated - started) / 1000,
      entities: (relStarted.at - validated) / 1000,
      relations: relSeconds,
    },
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
