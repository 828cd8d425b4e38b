import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { EntityKind as Kind, RelationType } from '../../model/vocabulary';
import { EntityKind, RelationKind } from '../entity/entity.enum';
import { WindowArgs } from '../time/args';

// One class per question, as type-graphql's `recipe.args.ts`: the services take these fields as they are.

const VIA = {
  nullable: true,
  description: 'The relation kinds to follow instead of the cooperation relations (docs/model.md)',
} as const;

@ArgsType()
export class CooperationPathsArgs extends WindowArgs {
  @Field(() => ID, { description: 'Where the paths start' }) from: string;
  @Field(() => ID, { description: 'Where the paths end' }) to: string;
  @Field(() => Int, { defaultValue: 4, description: '1 to 8' }) maxHops: number;
  @Field(() => Int, { defaultValue: 3, description: '1 to 10' }) limit: number;
  @Field(() => [RelationKind], VIA) via?: RelationType[];
  @Field(() => [ID], { nullable: true, description: 'Entities the paths must not pass through' }) excluding?: string[];
}

@ArgsType()
export class SharedPartnersArgs extends WindowArgs {
  @Field(() => [ID], { description: 'The 2 to 10 actors' }) ids: string[];
  @Field(() => [EntityKind], { nullable: true, description: 'Only partners of these kinds' }) kinds?: Kind[];
  @Field(() => Int, { defaultValue: 20, description: '1 to 100' }) first: number;
}

@ArgsType()
export class NeighbourhoodArgs extends WindowArgs {
  @Field(() => ID, { description: 'The entity at the centre' }) id: string;
  @Field(() => Int, { defaultValue: 1, description: '1 to 3' }) depth: number;
  @Field(() => Int, { defaultValue: 200, description: 'Most nodes returned, 1 to 2000' }) limit: number;
  @Field(() => [RelationKind], VIA) via?: RelationType[];
}
