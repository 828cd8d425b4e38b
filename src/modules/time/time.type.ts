import { Field, Int, ObjectType } from 'type-graphql';
import { TIE_FIELD_DESCRIPTIONS as TIE } from '../../model/glossary';
import type { RelationType } from '../../model/vocabulary';
import { Direction, graphqlEnum, RelationKind } from '../entity/entity.enum';
import type { EnumValue } from '../../model/string-enum';
import { Entity, type EntityProps } from '../entity/entity.type';
import { Event, Project, Source } from '../entity/kinds.type';

export const TieChangeKind = graphqlEnum(
  { GAINED: 'The tie began: the date is its first day', LOST: 'The tie ended: the date is its last day' },
  { name: 'TieChangeKind', description: 'Whether a tie began or ended' },
);
export type TieChangeKind = EnumValue<typeof TieChangeKind>;

@ObjectType({ simpleResolvers: true, description: 'A cooperation tie an entity gained or lost, and when' })
export class TieChange {
  @Field(() => TieChangeKind, { description: 'Gained or lost' }) change: TieChangeKind;
  @Field({ description: 'The first day of a gained tie, the last day of a lost one (YYYY-MM-DD)' }) date: string;
  @Field(() => RelationKind, { description: TIE.kind }) kind: RelationType;
  @Field(() => Direction, { description: 'OUTGOING when the relationship points from the entity to the other end' })
  direction: Direction;

  @Field(() => Entity, { description: 'The other end of the tie' }) entity: EntityProps;
  @Field(() => String, { nullable: true, description: TIE.role }) role?: string | null;
  @Field(() => String, { nullable: true, description: TIE.since }) since?: string | null;
  @Field(() => String, { nullable: true, description: TIE.until }) until?: string | null;
  @Field(() => [Source], { description: 'The documents that back the tie' }) sources: EntityProps[];
}

@ObjectType({ simpleResolvers: true, description: 'The ties an entity gained and lost in a period' })
export class Changes {
  @Field(() => Entity, { description: 'The entity the changes are about' }) entity: EntityProps;
  @Field(() => [TieChange], { description: 'Ties begun in the period, by date' }) gained: TieChange[];
  @Field(() => [TieChange], { description: 'Ties ended in the period, by date' }) lost: TieChange[];
}

@ObjectType({ simpleResolvers: true, description: 'One year of an entity’s cooperation' })
export class TimelineYear {
  @Field(() => Int, { description: 'The year' }) year: number;
  @Field(() => [Entity], {
    description: 'Clusters, organisations, regions and alliances it first cooperated with that year, by id',
  })
  newPartners: EntityProps[];

  @Field(() => [Project], { description: 'Projects it took part in that year, by id' }) activeProjects: EntityProps[];
  @Field(() => [Event], { description: 'Events it organised, hosted or attended that year, by id' })
  events: EntityProps[];
}

@ObjectType({ simpleResolvers: true, description: 'An entity’s cooperation year by year' })
export class Timeline {
  @Field(() => Entity, { description: 'The entity' }) entity: EntityProps;
  @Field(() => [TimelineYear], {
    description: 'Every year from the first to the last dated change, gaps included; empty when nothing is dated',
  })
  years: TimelineYear[];
}
