import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { ASOF } from '../time/args';
import { timeWindow } from '../time/window';
import type { Context } from '../../context';
import type { EntityKind as Kind } from '../../model/vocabulary';
import { EntityKind } from '../entity/entity.enum';
import { Broker, Centrality, CentralityMetric, Communities } from './analytics.type';
import { brokers } from './brokers.service';
import { centrality } from './centrality.service';
import { communities } from './communities.service';

const KINDS = {
  nullable: true,
  description: 'Only entities of these kinds are returned; the graph always holds every kind that cooperates',
} as const;
const REGION = {
  nullable: true,
  description:
    'Only the cooperation of entities seated in this region (or below it) and of the projects, events and alliances they take part in',
} as const;

@Resolver()
export class AnalyticsResolver {
  @Query(() => Centrality, {
    description: 'Entities ranked by a centrality metric of the cooperation graph (Neo4j Graph Data Science)',
  })
  centrality(
    @Ctx() ctx: Context,
    @Arg('metric', () => CentralityMetric, { description: 'Which centrality' }) metric: CentralityMetric,
    @Arg('kinds', () => [EntityKind], KINDS) kinds?: Kind[],
    @Arg('region', () => ID, REGION) region?: string,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 1000' }) first = 20,
    @Arg('asOf', () => String, ASOF) asOf?: string,
  ): Promise<Centrality> {
    return centrality(ctx, metric, kinds, region, first, timeWindow(asOf));
  }

  @Query(() => Communities, {
    description: 'Communities of the cooperation graph (Leiden), each labelled by its dominant sectors and regions',
  })
  communities(
    @Ctx() ctx: Context,
    @Arg('kinds', () => [EntityKind], KINDS) kinds?: Kind[],
    @Arg('region', () => ID, REGION) region?: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Most communities, 1 to 1000' }) first = 20,
    @Arg('membersFirst', () => Int, { defaultValue: 20, description: 'Most members listed per community, 0 to 10000' })
    membersFirst = 20,
    @Arg('asOf', () => String, ASOF) asOf?: string,
  ): Promise<Communities> {
    return communities(ctx, kinds, region, first, membersFirst, timeWindow(asOf));
  }

  @Query(() => [Broker], {
    description:
      'Entities that bridge two regions or sectors: tied to entities of both, the most balanced bridges first',
  })
  brokers(
    @Ctx() ctx: Context,
    @Arg('a', () => ID, { description: 'A region or sector' }) a: string,
    @Arg('b', () => ID, { description: 'Another region or sector' }) b: string,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'Only brokers of these kinds' }) kinds?: Kind[],
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 200' }) first = 20,
    @Arg('asOf', () => String, ASOF) asOf?: string,
  ): Promise<Broker[]> {
    return brokers(ctx, a, b, kinds, first, timeWindow(asOf));
  }
}
