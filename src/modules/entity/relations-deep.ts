import type { VisibilityScope } from '../../auth/visibility';
import type { CypherRunner } from '../../db/runner';
import {
  patternTypes,
  relationLiterals,
  relationsRow,
  specOf,
  type Rel,
  type RelationQuery,
  type RelationsAhead,
  type RelationsRow,
} from './entity.repository';
import type { EntityProps } from './entity.type';
import type { AheadRead, NestedRead } from './lookahead';

/** A read of cypher/entity/relations-deep: what it asks, the reads below it (indices), the kinds they apply to. */
type DeepSpec = ReturnType<typeof specOf> & { next: number[] | null; on: string[] | null };

/** A page read ahead: the read (with its entity's id), its row, and the entity's properties when read in full. */
export interface ReadAhead {
  query: RelationQuery;
  page: RelationsRow;
  entity: EntityProps | null;
}

/**
 * The entities of `ids` with every relation read `ahead` holds, nested levels included, in one round trip
 * (cypher/entity/relations-deep), the first level's rows with every property of their entity. Over the ties
 * `scope` may see.
 */
export async function findRelationsDeep(
  db: CypherRunner,
  ids: readonly string[],
  ahead: readonly AheadRead[],
  scope: VisibilityScope,
): Promise<ReadAhead[]> {
  // Every read of the tree gets an index; each names the indices of the reads below it.
  const reads: RelationsAhead[] = [];
  const below: Pick<DeepSpec, 'next' | 'on'>[] = [];
  const visit = (level: readonly (AheadRead | NestedRead)[]): number[] =>
    level.map((r) => {
      const at = reads.push(r) - 1;
      below[at] = { on: 'on' in r ? r.on : null, next: r.next.length ? visit(r.next) : null };
      return at;
    });
  const top = visit(ahead);
  const pattern = patternTypes(reads);
  const specs: DeepSpec[] = reads.map((r, i) => ({ ...specOf(r, pattern), ...below[i] }));
  const batch = ids.flatMap((id) => top.map((s) => ({ id, s })));
  const limit = Math.max(0, ...reads.map((r) => r.first)) + 1;
  const rows = await db.read<{ s: number; id: string; e: EntityProps | null; total: number | null; rels: Rel[] }>(
    'entity/relations-deep',
    {
      batch: { ids: batch.map((b) => b.id), spec: batch.map((b) => b.s), specs, entity: true },
      limit,
      scope,
    },
    relationLiterals(specs, pattern),
  );
  return rows.map((r) => {
    const query = { id: r.id, ...reads[r.s] };
    return { query, page: relationsRow(query, r), entity: r.e };
  });
}
