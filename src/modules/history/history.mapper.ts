import { encodeChangeCursor } from './history.cursor';
import type { Change, ChangeField, ChangeOp, ChangeRow, ChangeSource } from './history.type';

type StoredField = { field: string; before?: unknown; after?: unknown; redacted?: boolean };

// Neo4j prints a datetime with as many fraction digits as it needs (…:05.1Z, …:05.12Z), so its strings do
// not sort as times do; clients compare `at`, so it is given with exactly three (…:05.100Z).
const AT = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/;
const isoMillis = (at: unknown): string => {
  const m = AT.exec(String(at));
  return m ? `${m[1]}.${(m[2] ?? '').padEnd(3, '0').slice(0, 3)}${m[3]}` : String(at);
};

/** A stored Change (its node's properties) as the GraphQL Change: history and the change feed both use it. */
export function changeOf(row: ChangeRow): Change {
  const fields = (JSON.parse(row.fields) as StoredField[]).map((f): ChangeField => ({
    field: f.field,
    before: f.before ?? null,
    after: f.after ?? null,
    redacted: !!f.redacted,
  }));
  return {
    id: `change:${row.seq}`,
    cursor: encodeChangeCursor(row.seq),
    at: isoMillis(row.at),
    by: row.by,
    org: row.org ?? null,
    source: row.source.toUpperCase() as ChangeSource,
    op: row.op as ChangeOp,
    entity: row.entity,
    kind: row.kind as Change['kind'],
    other: row.other ?? null,
    relation: (row.relation ?? null) as Change['relation'],
    fields,
  };
}
