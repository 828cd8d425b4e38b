import { Field, Float, ObjectType } from 'type-graphql';
import type { EnumValue } from '../../model/string-enum';
import { graphqlEnum } from '../entity/entity.enum';
import { Entity, type EntityProps } from '../entity/entity.type';
import { shown, WEIGHTS } from './weights';

const w = WEIGHTS;
export const ReasonKind = graphqlEnum(
  {
    COMMON_PARTNERS: `Partners both have: ${shown(w.commonPartner)} × Σ 1 / ln(1 + ties of the partner) (Adamic–Adar)`,
    SHARED_SECTORS: `${shown(w.sharedSector)} per sector both focus on`,
    COMPLEMENTARY_SECTORS: `${shown(w.complementarySector)} per sector of the candidate one step broader or narrower than one of the actor’s`,
    SAME_REGION: `${shown(w.sameRegion)} when both lie in the same first-level region`,
    SAME_COUNTRY: `${shown(w.sameCountry)} when they lie in the same country but not the same region`,
    EXPERIENCE: `${shown(w.experience)} × ln(1 + the candidate’s cooperation ties): a track record of cooperating`,
    CROSS_BORDER: `${shown(w.crossBorder)} when they lie in different countries, in regions that share a border`,
    SHARED_PROGRAMMES: `${shown(w.sharedProgramme)} per programme funding projects (or the actors) of both`,
  },
  { name: 'ReasonKind', description: 'The parts a match score is made of (docs/matching.md)' },
);
export type ReasonKind = EnumValue<typeof ReasonKind>;

@ObjectType({ simpleResolvers: true, description: 'One part of a match score, with the entities behind it' })
export class MatchReason {
  @Field(() => ReasonKind, { description: 'Which part of the score' }) kind: ReasonKind;
  @Field(() => Float, { description: 'What this part adds to the score' }) weight: number;
  @Field({ description: 'The reason in words' }) explanation: string;
  @Field(() => [Entity], { description: 'The common partners, sectors, region or programmes it refers to' })
  entities: EntityProps[];

  entityIds: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A recommended partner that does not cooperate with the actor yet' })
export class CooperationMatch {
  @Field(() => Entity, { description: 'The recommended partner' }) candidate: EntityProps;
  @Field(() => Float, { description: 'Sum of the reasons’ weights' }) score: number;
  @Field(() => [MatchReason], { description: 'Strongest first' }) reasons: MatchReason[];
}
