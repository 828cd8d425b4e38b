import { Field, Float, ObjectType } from 'type-graphql';
import type { EnumValue } from '../../model/string-enum';
import { graphqlEnum } from '../entity/entity.enum';
import { Entity, type EntityProps } from '../entity/entity.type';

export const ReasonKind = graphqlEnum(
  [
    'COMMON_PARTNERS',
    'SHARED_SECTORS',
    'COMPLEMENTARY_SECTORS',
    'SAME_REGION',
    'SAME_COUNTRY',
    'EXPERIENCE',
    'CROSS_BORDER',
    'SHARED_PROGRAMMES',
  ],
  { name: 'ReasonKind', description: 'The parts a match score is made of (docs/matching.md)' },
);
export type ReasonKind = EnumValue<typeof ReasonKind>;

@ObjectType({ simpleResolvers: true, description: 'One part of a match score, with the entities behind it' })
export class MatchReason {
  @Field(() => ReasonKind)
  kind: ReasonKind;

  @Field(() => Float, { description: 'What this part adds to the score' })
  weight: number;

  @Field({ description: 'The reason in words' })
  explanation: string;

  @Field(() => [Entity], { description: 'The common partners, sectors, region or programmes it refers to' })
  entities: EntityProps[];

  entityIds: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A recommended partner that does not cooperate with the actor yet' })
export class CooperationMatch {
  @Field(() => Entity)
  candidate: EntityProps;

  @Field(() => Float, { description: 'Sum of the reasons’ weights' })
  score: number;

  @Field(() => [MatchReason], { description: 'Strongest first' })
  reasons: MatchReason[];
}
