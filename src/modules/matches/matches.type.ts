import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, type EntityProps } from '../entity/entity.type';

export enum ReasonKind {
  COMMON_PARTNERS = 'COMMON_PARTNERS',
  SHARED_SECTORS = 'SHARED_SECTORS',
  COMPLEMENTARY_SECTORS = 'COMPLEMENTARY_SECTORS',
  SAME_REGION = 'SAME_REGION',
  SAME_COUNTRY = 'SAME_COUNTRY',
  EXPERIENCE = 'EXPERIENCE',
  CROSS_BORDER = 'CROSS_BORDER',
  SHARED_PROGRAMMES = 'SHARED_PROGRAMMES',
}
registerEnumType(ReasonKind, {
  name: 'ReasonKind',
  description: 'The parts a match score is made of (docs/matching.md)',
});

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
