import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { BrokersArgs, CentralityArgs, CommunitiesArgs } from './analytics.args';
import { Broker, Centrality, Communities } from './analytics.type';
import { brokers } from './brokers.service';
import { centrality } from './centrality.service';
import { communities } from './communities.service';

@Resolver()
export class AnalyticsResolver {
  @Query(() => Centrality, {
    description: 'Entities ranked by a centrality metric of the cooperation graph (Neo4j Graph Data Science)',
  })
  centrality(@Ctx() ctx: Context, @Args(() => CentralityArgs) args: CentralityArgs): Promise<Centrality> {
    const { metric, kinds, region, first } = args;
    return centrality(ctx, metric, kinds, region, first, args.window());
  }

  @Query(() => Communities, {
    description: 'Communities of the cooperation graph (Leiden), each labelled by its dominant sectors and regions',
  })
  communities(@Ctx() ctx: Context, @Args(() => CommunitiesArgs) args: CommunitiesArgs): Promise<Communities> {
    const { kinds, region, first, membersFirst } = args;
    return communities(ctx, kinds, region, first, membersFirst, args.window());
  }

  @Query(() => [Broker], {
    description:
      'Entities that bridge two regions or sectors: tied to entities of both, the most balanced bridges first',
  })
  brokers(@Ctx() ctx: Context, @Args(() => BrokersArgs) args: BrokersArgs): Promise<Broker[]> {
    return brokers(ctx, args.a, args.b, args.kinds, args.first, args.window());
  }
}
