import { ArgsType, Field, ID } from 'type-graphql';
import type { EntityKind as Kind } from '../../model/vocabulary';
import { EntityKind } from '../entity/entity.enum';
import { AsOfArgs } from '../time/args';

/** What centrality and communities are computed over: the day, and which entities count. */
@ArgsType()
export class AnalyticsScopeArgs extends AsOfArgs {
  @Field(() => [EntityKind], {
    nullable: true,
    description: 'Only entities of these kinds are returned; the graph always holds every kind that cooperates',
  })
  kinds?: Kind[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only the cooperation of entities seated in this region (or below it) and of the projects, events and alliances they take part in',
  })
  region?: string | null;
}
