import neo4j from 'neo4j-driver';
import type { Context } from '../../context';
import { checkIntRange } from '../../errors/errors';
import { decodeChangeCursor } from './history.cursor';
import { changeOf } from './history.mapper';
import type { Change, ChangeConnection, ChangeRow } from './history.type';

/** The most changes one history page returns. */
export const MAX_HISTORY_PAGE = 100;

/**
 * An entity's changes, newest first, a page at a time (keyset on seq: changes recorded meanwhile never
 * shift the pages after a cursor). An id that names nothing, or whose entity was purged, has an empty
 * history, not NOT_FOUND: the history of a deleted entity is what one looks for after a delete.
 */
export async function historyOf(
  ctx: Context,
  id: string,
  first: number,
  after: string | undefined,
  countTotal: boolean,
): Promise<ChangeConnection> {
  checkIntRange('first', first, 1, MAX_HISTORY_PAGE);
  const before = after === undefined || after === null ? null : neo4j.int(decodeChangeCursor(after));
  const scope = await ctx.scope();
  const [rows, count] = await Promise.all([
    ctx.db.read<{ c: ChangeRow }>('history/of-entity', { id, before, first: neo4j.int(first + 1), scope }),
    countTotal ? ctx.db.read<{ count: number }>('history/count-of-entity', { id, scope }) : undefined,
  ]);
  const edges = rows.slice(0, first).map(({ c }) => {
    const node = changeOf(c);
    return { cursor: node.cursor, node };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: before !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: count ? count[0].count : null,
  };
}

/** A change's globally unique id (Node): never an entity id, which has no colon. */
export const changeId = (seq: number): string => `change:${seq}`;
const CHANGE_ID = /^change:(\d{1,15})$/;

/** Whether an id names a change (node, nodes) rather than an entity. */
export const isChangeId = (id: string): boolean => CHANGE_ID.test(id);

/** The changes of these ids that exist and the viewer may see, by id; one round trip. */
export async function changesByIds(ctx: Context, ids: readonly string[]): Promise<Map<string, Change>> {
  const seqs = ids.map((id) => CHANGE_ID.exec(id)).flatMap((m) => (m ? [neo4j.int(Number(m[1]))] : []));
  if (!seqs.length) return new Map();
  const rows = await ctx.db.read<{ c: ChangeRow }>('history/by-seqs', { seqs, scope: await ctx.scope() });
  return new Map(rows.map(({ c }) => [changeId(c.seq), changeOf(c)]));
}
