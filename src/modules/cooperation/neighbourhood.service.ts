import type { Context } from '../../context';
import { checkIntRange, notFound } from '../../errors/errors';
import type { RelationType } from '../../model/vocabulary';
import { TIMELESS, type TimeWindow } from '../time/window';
import { findNeighbourhood } from './cooperation.repository';
import type { Subgraph } from './cooperation.type';

export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURHOOD = 2000;

/** The nodes and relationships within `depth` hops, at most `limit` nodes, saying when it was cut. */
export async function neighbourhood(
  ctx: Context,
  id: string,
  depth: number,
  limit: number,
  via?: RelationType[],
  window: TimeWindow = TIMELESS,
): Promise<Subgraph> {
  checkIntRange('depth', depth, 1, MAX_DEPTH);
  checkIntRange('limit', limit, 1, MAX_NEIGHBOURHOOD);
  const row = await findNeighbourhood(ctx.db, { id, depth, limit, via, window, scope: await ctx.scope() });
  if (!row) throw notFound(id);
  const truncated = row.nodes.length > limit;
  const nodes = row.nodes.slice(0, limit);
  const kept = new Set(nodes.map((n) => n.id));
  const edges = row.rels
    .filter((r) => kept.has(r.start) && kept.has(r.end))
    .map((r) => ({ kind: r.kind, start: r.start, end: r.end, role: (r.props.role as string) ?? null }));
  return { nodes, edges, truncated };
}
