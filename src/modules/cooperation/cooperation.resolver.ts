import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { EntityKind as Kind, RelationType } from '../../model/vocabulary';
import { EntityKind, RelationKind } from '../entity/entity.enum';
import type { EntityProps } from '../entity/entity.type';
import { Source } from '../entity/kinds.type';
import { loadExisting } from '../entity/entity.service';
import { neighbourhood } from './neighbourhood.service';
import { sharedPartners } from './partners.service';
import { cooperationPaths } from './paths.service';
import { CooperationPath, PathStep, SharedPartner, Subgraph } from './cooperation.type';
import { WindowArgs } from '../time/args';

const VIA = {
  nullable: true,
  description: 'The relation kinds to follow instead of the cooperation relations (docs/model.md)',
} as const;

@Resolver()
export class CooperationResolver {
  @Query(() => [CooperationPath], {
    description:
      'The k shortest paths between two entities (no entity twice). By default only cooperation relations count; `via` names the relation kinds to use instead (e.g. add LOCATED_IN and PART_OF for geography).',
  })
  cooperationPaths(
    @Ctx() ctx: Context,
    @Arg('from', () => ID, { description: 'Where the paths start' }) from: string,
    @Arg('to', () => ID, { description: 'Where the paths end' }) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: '1 to 8' }) maxHops: number,
    @Arg('limit', () => Int, { defaultValue: 3, description: '1 to 10' }) limit: number,
    @Arg('via', () => [RelationKind], VIA) via: RelationType[] | undefined,
    @Arg('excluding', () => [ID], { nullable: true, description: 'Entities the paths must not pass through' })
    excluding: string[] | undefined,
    @Args() time: WindowArgs,
  ) {
    return cooperationPaths(ctx, { from, to, maxHops, limit, via, excluding, window: time.window() });
  }

  @Query(() => [SharedPartner], {
    description:
      'Entities that cooperate with every one of 2–10 actors, strongest ties first, with the evidence per actor',
  })
  sharedPartners(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'The 2 to 10 actors' }) ids: string[],
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'Only partners of these kinds' })
    kinds: Kind[] | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 100' }) first = 20,
    @Args() time: WindowArgs,
  ) {
    return sharedPartners(ctx, { ids, kinds, first, window: time.window() });
  }

  @Query(() => Subgraph, {
    description: 'Nodes and relationships around an entity, for drawing; `truncated` says when `limit` cut it',
  })
  neighbourhood(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The entity at the centre' }) id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: '1 to 3' }) depth: number,
    @Arg('limit', () => Int, { defaultValue: 200, description: 'Most nodes returned, 1 to 2000' }) limit: number,
    @Arg('via', () => [RelationKind], VIA) via: RelationType[] | undefined,
    @Args() time: WindowArgs,
  ) {
    return neighbourhood(ctx, id, depth, limit, via, time.window());
  }
}

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => [Source], { description: 'The documents that back this hop' })
  sources(@Root() step: PathStep, @Ctx() ctx: Context): Promise<EntityProps[]> {
    return loadExisting(ctx, step.sources);
  }
}
