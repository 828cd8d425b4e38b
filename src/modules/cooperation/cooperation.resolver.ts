import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { EntityProps } from '../entity/entity.type';
import { Source } from '../entity/kinds.type';
import { loadExisting } from '../entity/entity.service';
import { neighbourhood } from './neighbourhood.service';
import { sharedPartners } from './partners.service';
import { cooperationPaths } from './paths.service';
import { CooperationPath, PathStep, SharedPartner, Subgraph } from './cooperation.type';
import { CooperationPathsArgs, NeighbourhoodArgs, SharedPartnersArgs } from './cooperation.args';

@Resolver()
export class CooperationResolver {
  @Query(() => [CooperationPath], {
    description:
      'The k shortest paths between two entities (no entity twice). By default only cooperation relations count; `via` names the relation kinds to use instead (e.g. add LOCATED_IN and PART_OF for geography).',
  })
  cooperationPaths(@Ctx() ctx: Context, @Args(() => CooperationPathsArgs) args: CooperationPathsArgs) {
    return cooperationPaths(ctx, { ...args, window: args.window() });
  }

  @Query(() => [SharedPartner], {
    description:
      'Entities that cooperate with every one of 2–10 actors, strongest ties first, with the evidence per actor',
  })
  sharedPartners(@Ctx() ctx: Context, @Args(() => SharedPartnersArgs) args: SharedPartnersArgs) {
    return sharedPartners(ctx, { ...args, window: args.window() });
  }

  @Query(() => Subgraph, {
    description: 'Nodes and relationships around an entity, for drawing; `truncated` says when `limit` cut it',
  })
  neighbourhood(@Ctx() ctx: Context, @Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs) {
    const { id, depth, limit, via } = args;
    return neighbourhood(ctx, id, depth, limit, via, args.window());
  }
}

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => [Source], { description: 'The documents that back this hop' })
  sources(@Root() step: PathStep, @Ctx() ctx: Context): Promise<EntityProps[]> {
    return loadExisting(ctx, step.sources);
  }
}
