import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { AsOfArgs } from '../time/args';
import { AnalyticsScopeArgs } from './analytics.args';
import type { Context } from '../../context';
import type { EntityKind as Kind } from '../../model/vocabulary';
import { EntityKind } from '../entity/entity.enum';
import { Broker, Centrality, CentralityMetric, Communities } from './analytics.type';
import { brokers } from './brokers.service';
import { centrality } from './centrality.service';
import { communities } from './communities.service';

@Resolver()
export class AnalyticsResolver {
  @Query(() => Centrality, {
    description: 'Entities ranked by a centrality metric of the cooperation graph (Neo4j Graph Data Science)',
  })
  centrality(
    @Ctx() ctx: Context,
    @Arg('metric', () => CentralityMetric, { description: 'Which centrality' }) metric: CentralityMetric,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 1000' }) first: number,
    @Args() scope: AnalyticsScopeArgs,
  ): Promise<Centrality> {
    return centrality(ctx, metric, scope.kinds, scope.region, first, scope.window());
  }

  @Query(() => Communities, {
    description: 'Communities of the cooperation graph (Leiden), each labelled by its dominant sectors and regions',
  })
  communities(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Most communities, 1 to 1000' }) first: number,
    @Arg('membersFirst', () => Int, { defaultValue: 20, description: 'Most members listed per community, 0 to 10000' })
    membersFirst: number,
    @Args() scope: AnalyticsScopeArgs,
  ): Promise<Communities> {
    return communities(ctx, scope.kinds, scope.region, first, membersFirst, scope.window());
  }

  @Query(() => [Broker], {
    description:
      'Entities that bridge two regions or sectors: tied to entities of both, the most balanced bridges first',
  })
  brokers(
    @Ctx() ctx: Context,
    @Arg('a', () => ID, { description: 'A region or sector' }) a: string,
    @Arg('b', () => ID, { description: 'Another region or sector' }) b: string,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'Only brokers of these kinds' })
    kinds: Kind[] | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 200' }) first = 20,
    @Args() time: AsOfArgs,
  ): Promise<Broker[]> {
    return brokers(ctx, a, b, kinds, first, time.window());
  }
}
