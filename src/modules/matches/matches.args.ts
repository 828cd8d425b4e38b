import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { EntityKind as Kind } from '../../model/vocabulary';
import { EntityKind } from '../entity/entity.enum';
import { AsOfArgs } from '../time/args';

@ArgsType()
export class CooperationMatchesArgs extends AsOfArgs {
  // `for` is a reserved word in TypeScript destructuring, hence the property name.
  @Field(() => ID, { name: 'for', description: 'The actor looking for partners' }) actor: string;
  @Field(() => Int, { defaultValue: 10, description: 'How many matches, 1 to 100' }) first: number;
  @Field(() => [EntityKind], { nullable: true, description: 'Candidate kinds; clusters and organisations by default' })
  kinds?: Kind[];

  @Field(() => [ID], { nullable: true, description: 'Only candidates in these sectors (or their subsectors)' })
  sectors?: string[];

  @Field(() => [String], { nullable: true, description: 'Only candidates in these countries (ISO codes or ids)' })
  countries?: string[];
}
