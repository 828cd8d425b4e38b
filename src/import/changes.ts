import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { ChangeRecord } from '../modules/history/history.writer';
import type { EntityRow } from './records';

type Props = Record<string, unknown>;
type TieRow = { from: string; to: string; type: string; props: Props };

/**
 * The history records of one import statement's batch: what the rows stored, and what the statement
 * says was there before (created rows had nothing). Rows the statement found unchanged yield none.
 * `kindOf` gives the kind of a tie's start, which its Change carries.
 */
export function importChanges(
  query: string,
  rows: unknown[],
  records: Neo4jRecord[],
  kindOf: (id: string) => string | undefined,
): ChangeRecord[] {
  const entityChange = (row: EntityRow, before: Props | null): ChangeRecord => ({
    op: before ? 'UPDATE' : 'CREATE',
    entity: row.id,
    kind: row.kind,
    before,
    after: row,
  });
  const tieChange = (row: TieRow, before: Props | null): ChangeRecord => ({
    op: before ? 'RELINK' : 'LINK',
    entity: row.from,
    kind: kindOf(row.from) ?? '',
    other: row.to,
    relation: row.type,
    before,
    after: row.props,
  });
  if (query === 'import/create-entities') return (rows as EntityRow[]).map((r) => entityChange(r, null));
  if (query === 'import/create-relations') return (rows as TieRow[]).map((r) => tieChange(r, null));
  if (query === 'import/upsert-entities') {
    const byId = new Map((rows as EntityRow[]).map((r) => [r.id, r]));
    return records.flatMap((rec) => [
      ...(rec.get('createdIds') as string[]).map((id) => entityChange(byId.get(id)!, null)),
      ...(rec.get('updatedBefore') as { id: string; before: Props }[]).map((u) =>
        entityChange(byId.get(u.id)!, u.before),
      ),
    ]);
  }
  if (query === 'import/upsert-relations') {
    const key = (r: { from: string; type: string; to: string }) => `${r.from}|${r.type}|${r.to}`;
    const byKey = new Map((rows as TieRow[]).map((r) => [key(r), r]));
    return records.flatMap((rec) =>
      (rec.get('written') as (TieRow & { before: Props | null })[]).map((w) => tieChange(byKey.get(key(w))!, w.before)),
    );
  }
  return [];
}
