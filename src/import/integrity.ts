import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { loadCypher } from '../db/cypher';
import type { ParsedRecord, RecordOrigin } from './records';
import { danglingEnd, ImportValidationError, kindConflict, unknownSource, type ValidationIssue } from './validate';

/** Where each entity and relation of an import came from, to name it when its write is refused. */
export interface Origins {
  entities: Map<string, RecordOrigin>;
  relations: Map<string, RecordOrigin>;
}

const relationKey = (from: string | undefined, type: string | undefined, to: string | undefined) =>
  [from, type, to].join('|');

/** Indexes an import's records by entity id and by relation (from, type, to). */
export function originsOf(records: ParsedRecord[]): Origins {
  const origins: Origins = { entities: new Map(), relations: new Map() };
  for (const r of records) {
    if (r.entity) origins.entities.set(r.entity.id, r.origin);
    if (r.relation) origins.relations.set(relationKey(r.relation.from, r.relation.type, r.relation.to), r.origin);
  }
  return origins;
}

const FALLBACK: RecordOrigin = { file: 'input', record: 'input' };

// A row whose node a concurrent delete removed while the upsert waited for its lock is written
// again (its MERGE then creates the node anew); one retry suffices unless deletes keep coming.
const VANISHED_RETRIES = 3;

type Row = { id?: string; from?: string; to?: string; type?: string; sources?: unknown; props?: { sources?: unknown } };

/**
 * Runs one batch of an import statement inside `tx` and checks what the statement itself found under
 * its locks (validation read the database earlier, in another transaction, so a concurrent writer may
 * have changed it since): a kind clash is CONFLICT, a relation end or a cited source that no longer
 * exists is NOT_FOUND. Any problem throws, which rolls the transaction back: nothing of it is written.
 */
export async function writeBatch(
  tx: ManagedTransaction,
  query: string,
  rows: Row[],
  origins: Origins,
): Promise<Neo4jRecord[]> {
  const issues: ValidationIssue[] = [];
  const run = async (batch: Row[]) => (await tx.run(loadCypher(query), { rows: batch })).records;
  const records = await run(rows);
  if (query === 'import/upsert-entities') {
    let vanished = (records[0]?.get('vanished') as string[] | undefined) ?? [];
    for (let i = 0; vanished.length && i < VANISHED_RETRIES; i++) {
      const again = await run(rows.filter((r) => vanished.includes(r.id!)));
      records.push(...again);
      vanished = (again[0]?.get('vanished') as string[] | undefined) ?? [];
    }
    for (const id of vanished)
      issues.push({
        ...(origins.entities.get(id) ?? FALLBACK),
        id,
        field: 'id',
        message: `deleted by concurrent requests ${VANISHED_RETRIES + 1} times while this write waited; try again`,
        code: 'CONFLICT',
        ref: id,
      });
    for (const { id, kinds } of records.flatMap((r) => r.get('conflicts') as { id: string; kinds: string[] }[]))
      issues.push(kindConflict(origins.entities.get(id) ?? FALLBACK, id, kinds.join(' and ')));
  }
  if (query === 'import/upsert-relations') {
    const missing = new Set((records[0]?.get('missing') as string[] | undefined) ?? []);
    const changed = new Set((records[0]?.get('changed') as string[] | undefined) ?? []);
    for (const r of rows) {
      const origin = origins.relations.get(relationKey(r.from, r.type, r.to)) ?? FALLBACK;
      for (const end of ['from', 'to'] as const) {
        if (missing.has(r[end]!)) issues.push(danglingEnd(origin, end, r[end]!));
        else if (changed.has(r[end]!))
          issues.push({
            ...origin,
            field: end,
            message: `"${r[end]}" was replaced by an entity of another kind while this was written; read again and retry`,
            code: 'CONFLICT',
            ref: r[end],
          });
      }
    }
  }
  if (query === 'import/create-relations') {
    const created = Number(records[0]?.get('created') ?? 0);
    if (created < rows.length)
      issues.push({
        ...FALLBACK,
        field: 'from',
        message: `${rows.length - created} relation(s) not stored: an entity this import created was deleted while it ran`,
      });
  }
  if (!issues.length) issues.push(...(await lockCitedSources(tx, rows, origins)));
  if (issues.length) throw new ImportValidationError(issues);
  return records;
}

/** Locks the sources the rows cite (see cypher/import/lock-sources.cypher); an issue for each that no longer exists. */
async function lockCitedSources(tx: ManagedTransaction, rows: Row[], origins: Origins): Promise<ValidationIssue[]> {
  const citing = new Map<string, Row>();
  for (const r of rows)
    for (const s of ((r.props ? r.props.sources : r.sources) as string[] | undefined) ?? [])
      if (!citing.has(s)) citing.set(s, r);
  if (!citing.size) return [];
  const ids = [...citing.keys()].sort();
  const { records } = await tx.run(loadCypher('import/lock-sources'), { ids });
  const found = new Set((records[0]?.get('found') as string[] | undefined) ?? []);
  return ids
    .filter((s) => !found.has(s))
    .map((s) => {
      const r = citing.get(s)!;
      const origin =
        r.id !== undefined ? origins.entities.get(r.id) : origins.relations.get(relationKey(r.from, r.type, r.to));
      return unknownSource(origin ?? FALLBACK, s, r.id);
    });
}
