import { encodeChangeCursor } from './history.cursor';
import type { Change, ChangeField, ChangeOp, ChangeRow, ChangeSource } from './history.type';

type StoredField = { field: string; before?: unknown; after?: unknown; redacted?: boolean };

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
    at: row.at,
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
