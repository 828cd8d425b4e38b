import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Entity } from './entity.type';

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'An innovation or business cluster' })
export class Cluster extends Entity {
  @Field(() => String, { nullable: true, description: 'Founding date (ISO, year/month/day precision)' })
  founded?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A company, university, institute, authority, agency, association, hub…' })
export class Organisation extends Entity {
  @Field({ description: 'company, university, research-institute, public-authority, development-agency, association, foundation, funder, innovation-hub, science-park, venue, media, other' })
  orgType: string;

  @Field(() => String, { nullable: true })
  founded?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A place: macro-region, country, region (voivodeship/NUTS 2), sub-region, city, locality, area or site' })
export class Region extends Entity {
  @Field()
  level: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, on countries' })
  countryCode?: string | null;

  @Field(() => Int, { nullable: true })
  population?: number | null;

  @Field(() => Int, { nullable: true, description: 'The year the population figure refers to' })
  populationYear?: number | null;

  @Field(() => Float, { nullable: true })
  areaKm2?: number | null;
}

@ObjectType({ simpleResolvers: true, implements: Entity })
export class Project extends Entity {
  @Field(() => String, { nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'planned, ongoing or completed' })
  status?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'An alliance, consortium, network or association of clusters' })
export class Alliance extends Entity {
  @Field()
  allianceType: string;

  @Field(() => String, { nullable: true })
  founded?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A conference, congress, study visit, pitching session, meeting, workshop, exhibition or ranking' })
export class Event extends Entity {
  @Field()
  eventType: string;

  @Field(() => String, { nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A funding programme, fund, framework or scheme' })
export class Programme extends Entity {
  @Field()
  programmeType: string;

  @Field(() => String, { nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A thematic area, smart specialisation or industry' })
export class Sector extends Entity {
  @Field()
  sectorType: string;
}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A document that facts in the graph come from' })
export class Source extends Entity {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => String, { nullable: true })
  author?: string | null;

  @Field(() => String, { nullable: true })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true })
  language?: string | null;
}

/** Every concrete entity type (the schema must know them all, since fields return the interface). */
export const ENTITY_TYPES = [Cluster, Organisation, Region, Project, Alliance, Event, Programme, Sector, Source];
