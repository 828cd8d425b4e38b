import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { EntityProps } from '../entity/entity.type';
import { loadExisting } from '../entity/entity.service';
import { CooperationMatchesArgs } from './matches.args';
import { cooperationMatches } from './matches.service';
import { CooperationMatch, MatchReason } from './matches.type';
import type { ScoredReason } from './scoring';

@Resolver()
export class MatchesResolver {
  @Query(() => [CooperationMatch], {
    description:
      'Partner recommendations: actors that do not cooperate with `for` yet, ranked by a deterministic score whose parts are the reasons',
  })
  cooperationMatches(@Ctx() ctx: Context, @Args(() => CooperationMatchesArgs) args: CooperationMatchesArgs) {
    const { actor, first, kinds, sectors, countries } = args;
    return cooperationMatches(ctx, actor, first, { kinds, sectors, countries, window: args.window() });
  }
}

@Resolver(() => MatchReason)
export class MatchReasonResolver {
  @FieldResolver({ description: 'The common partners, sectors, region or programmes it refers to' })
  entities(@Root() r: ScoredReason, @Ctx() ctx: Context): Promise<EntityProps[]> {
    return loadExisting(ctx, r.entityIds);
  }
}
