import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { EntityKind as Kind } from '../../model/vocabulary';
import { EntityKind } from '../entity/entity.enum';
import { AsOfArgs } from '../time/args';
import { CentralityMetric } from './analytics.type';

// One class per question, as type-graphql's `recipe.args.ts`.

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

@ArgsType()
export class CentralityArgs extends AnalyticsScopeArgs {
  @Field(() => CentralityMetric, { description: 'Which centrality' }) metric: CentralityMetric;
  @Field(() => Int, { defaultValue: 20, description: '1 to 1000' }) first: number;
}

@ArgsType()
export class CommunitiesArgs extends AnalyticsScopeArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Most communities, 1 to 1000' }) first: number;
  @Field(() => Int, { defaultValue: 20, description: 'Most members listed per community, 0 to 10000' })
  membersFirst: number;
}

@ArgsType()
export class BrokersArgs extends AsOfArgs {
  @Field(() => ID, { description: 'A region or sector' }) a: string;
  @Field(() => ID, { description: 'Another region or sector' }) b: string;
  @Field(() => [EntityKind], { nullable: true, description: 'Only brokers of these kinds' }) kinds?: Kind[];
  @Field(() => Int, { defaultValue: 20, description: '1 to 200' }) first: number;
}
