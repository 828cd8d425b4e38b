import type { Context } from '../../context';
import { checkIntRange } from '../../errors/errors';
import type { EntityKind } from '../../model/vocabulary';
import type { EntityProps } from '../entity/entity.type';
import { CentralityMetric, type Centrality } from './analytics.types';
import { stream, withProjection } from './projection';

/** Above this many entities betweenness is estimated from this many seeded sources (exact below). */
export const BETWEENNESS_SAMPLE = 2_000;

const QUERY: Record<CentralityMetric, string> = {
  [CentralityMetric.DEGREE]: 'analytics/degree',
  [CentralityMetric.PAGERANK]: 'analytics/pagerank',
  [CentralityMetric.BETWEENNESS]: 'analytics/betweenness',
};

/** Ranks entities by a centrality metric on the cooperation graph (all of it, or one region's). */
export async function centrality(ctx: Context, metric: CentralityMetric, kinds: EntityKind[] | null | undefined, region: string | null | undefined, first: number): Promise<Centrality> {
  checkIntRange('first', first, 1, 1000);
  return withProjection(ctx, region, async (p) => {
    const approximate = metric === CentralityMetric.BETWEENNESS && p.graph.nodeCount > BETWEENNESS_SAMPLE;
    const rows = p.empty
      ? []
      : await stream<{ entity: EntityProps; score: number }>(ctx, QUERY[metric], p, {
          kinds: kinds?.length ? kinds : null,
          first,
          samplingSize: Math.min(p.graph.nodeCount, BETWEENNESS_SAMPLE),
        });
    return { metric, graph: p.graph, approximate, scores: rows.map((r, i) => ({ rank: i + 1, entity: r.entity, score: r.score })) };
  });
}
