import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AsOfArgs } from '../time/args';
import type { Context } from '../../context';
import type { EntityKind as Kind } from '../../model/vocabulary';
import { EntityKind } from '../entity/entity.enum';
import type { EntityProps } from '../entity/entity.type';
import { loadExisting } from '../entity/entity.service';
import { cooperationMatches } from './matches.service';
import { CooperationMatch, MatchReason } from './matches.type';
import type { ScoredReason } from './scoring';

@Resolver()
export class MatchesResolver {
  @Query(() => [CooperationMatch], {
    description:
      'Partner recommendations: actors that do not cooperate with `for` yet, ranked by a deterministic score whose parts are the reasons',
  })
  cooperationMatches(
    @Ctx() ctx: Context,
    @Arg('for', () => ID, { description: 'The actor looking for partners' }) id: string,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many matches, 1 to 100' }) first: number,
    @Arg('kinds', () => [EntityKind], {
      nullable: true,
      description: 'Candidate kinds; clusters and organisations by default',
    })
    kinds: Kind[] | undefined,
    @Arg('sectors', () => [ID], {
      nullable: true,
      description: 'Only candidates in these sectors (or their subsectors)',
    })
    sectors: string[] | undefined,
    @Arg('countries', () => [String], {
      nullable: true,
      description: 'Only candidates in these countries (ISO codes or ids)',
    })
    countries: string[] | undefined,
    @Args(() => AsOfArgs) time: AsOfArgs,
  ) {
    return cooperationMatches(ctx, id, first, { kinds, sectors, countries, window: time.window() });
  }
}

@Resolver(() => MatchReason)
export class MatchReasonResolver {
  @FieldResolver({ description: 'The common partners, sectors, region or programmes it refers to' })
  entities(@Root() r: ScoredReason, @Ctx() ctx: Context): Promise<EntityProps[]> {
    return loadExisting(ctx, r.entityIds);
  }
}
