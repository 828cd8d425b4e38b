import neo4j from 'neo4j-driver';
import type { Context } from '../../context';
import { checkIntRange } from '../../errors/errors';
import { decodeChangeCursor } from './history.cursor';
import { changeOf } from './history.mapper';
import type { ChangeConnection, ChangeRow } from './history.type';

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
