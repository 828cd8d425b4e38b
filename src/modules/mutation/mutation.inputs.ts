import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { RelationType } from '../../model/vocabulary';
import { RelationKind } from '../entity/entity.enums';

@InputType({ description: 'Fields every entity has; an upsert replaces the whole record (absent optional fields are removed)' })
export class EntityInput {
  @Field(() => ID, { description: 'Slug: lowercase letters, digits and single hyphens' })
  id: string;

  @Field()
  name: string;

  @Field(() => [String], { nullable: true })
  aliases?: string[];

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [ID], { nullable: true, description: 'Ids of Source entities' })
  sources?: string[];

  @Field(() => [String], { nullable: true })
  labels?: string[];

  @Field(() => String, { nullable: true })
  website?: string;
}

@InputType()
export class ClusterInput extends EntityInput {
  @Field(() => String, { nullable: true })
  founded?: string;
}

@InputType()
export class OrganisationInput extends EntityInput {
  @Field()
  orgType: string;

  @Field(() => String, { nullable: true })
  founded?: string;
}

@InputType()
export class RegionInput extends EntityInput {
  @Field()
  level: string;

  @Field(() => String, { nullable: true })
  countryCode?: string;

  @Field(() => Int, { nullable: true })
  population?: number;

  @Field(() => Int, { nullable: true })
  populationYear?: number;

  @Field(() => Float, { nullable: true })
  areaKm2?: number;
}

@InputType()
export class ProjectInput extends EntityInput {
  @Field(() => String, { nullable: true })
  startDate?: string;

  @Field(() => String, { nullable: true })
  endDate?: string;

  @Field(() => String, { nullable: true })
  status?: string;
}

@InputType()
export class AllianceInput extends EntityInput {
  @Field()
  allianceType: string;

  @Field(() => String, { nullable: true })
  founded?: string;
}

@InputType()
export class EventInput extends EntityInput {
  @Field()
  eventType: string;

  @Field(() => String, { nullable: true })
  startDate?: string;

  @Field(() => String, { nullable: true })
  endDate?: string;
}

@InputType()
export class ProgrammeInput extends EntityInput {
  @Field()
  programmeType: string;

  @Field(() => String, { nullable: true })
  startDate?: string;

  @Field(() => String, { nullable: true })
  endDate?: string;
}

@InputType()
export class SectorInput extends EntityInput {
  @Field()
  sectorType: string;
}

@InputType({ description: 'A relationship to create or update, identified by (from, kind, to)' })
export class LinkInput {
  @Field(() => RelationKind)
  kind: RelationType;

  @Field(() => ID)
  from: string;

  @Field(() => ID)
  to: string;

  @Field(() => String, { nullable: true })
  role?: string;

  @Field(() => String, { nullable: true })
  since?: string;

  @Field(() => String, { nullable: true })
  until?: string;

  @Field(() => [ID], { nullable: true })
  sources?: string[];

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => Float, { nullable: true })
  amountEur?: number;

  @Field(() => Float, { nullable: true })
  lengthKm?: number;

  @Field(() => Int, { nullable: true })
  rank?: number;
}

@InputType()
export class UnlinkInput {
  @Field(() => RelationKind)
  kind: RelationType;

  @Field(() => ID)
  from: string;

  @Field(() => ID)
  to: string;
}
