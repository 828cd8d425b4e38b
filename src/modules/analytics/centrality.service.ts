import type { Context } from '../../context';
import { checkIntRange } from '../../errors/errors';
import type { EntityKind } from '../../model/vocabulary';
import type { EntityProps } from '../entity/entity.type';
import { CentralityMetric, type Centrality } from './analytics.type';
import { TIMELESS, type TimeWindow } from '../time/window';
import { stream, withProjection } from './projection';

/**
 * Betweenness costs about (sources × pairs) steps: exact (every entity a source) while that stays
 * under this budget, estimated from budget / pairs seeded sources beyond it. On the M dataset
 * (88,768 entities, 682,266 pairs) 2,000 sources took 84 s; the budget gives 146 sources, ~6 s.
 */
export const BETWEENNESS_BUDGET = 100_000_000;
const MIN_SOURCES = 50;

export function betweennessSources(nodeCount: number, pairCount: number): number {
  if (nodeCount * pairCount <= BETWEENNESS_BUDGET) return nodeCount;
  return Math.min(nodeCount, Math.max(MIN_SOURCES, Math.floor(BETWEENNESS_BUDGET / Math.max(pairCount, 1))));
}

const QUERY: Record<CentralityMetric, string> = {
  [CentralityMetric.DEGREE]: 'analytics/degree',
  [CentralityMetric.PAGERANK]: 'analytics/pagerank',
  [CentralityMetric.BETWEENNESS]: 'analytics/betweenness',
};

/** Ranks entities by a centrality metric on the cooperation graph (all of it, or one region's). */
export async function centrality(
  ctx: Context,
  metric: CentralityMetric,
  kinds: EntityKind[] | null | undefined,
  region: string | null | undefined,
  first: number,
  window: TimeWindow = TIMELESS,
): Promise<Centrality> {
  checkIntRange('first', first, 1, 1000);
  return withProjection(
    ctx,
    region,
    async (p) => {
      const sources = betweennessSources(p.graph.nodeCount, p.graph.pairCount);
      const approximate = metric === CentralityMetric.BETWEENNESS && sources < p.graph.nodeCount;
      const rows = p.empty
        ? []
        : await stream<{ entity: EntityProps; score: number }>(ctx, QUERY[metric], p, {
            kinds: kinds?.length ? kinds : null,
            first,
            samplingSize: sources,
          });
      return {
        metric,
        graph: p.graph,
        approximate,
        sampledSources: approximate ? sources : null,
        scores: rows.map((r, i) => ({ rank: i + 1, entity: r.entity, score: r.score })),
      };
    },
    window,
  );
}
