import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { ENTITY_FIELD_DESCRIPTIONS as ENTITY } from '../../model/glossary';
import type { EntityKind as Kind, RelationType } from '../../model/vocabulary';
import { Direction, EntityKind, RelationKind, RelationRole } from './entity.enum';

/** The stored properties of an entity node, as rows come back from Cypher. */
export type EntityProps = { id: string; kind: Kind; name: string } & Record<string, unknown>;

/** The GraphQL object type of an entity: its kind is the type's name. */
export const entityTypeName = (e: EntityProps): string => e.kind;

@InterfaceType({
  description:
    'Anything in the partnership graph: clusters, organisations, regions, projects, alliances, events, programmes, sectors, sources',
  resolveType: entityTypeName,
})
export abstract class Entity {
  @Field(() => ID, { description: ENTITY.id })
  id: string;

  @Field(() => EntityKind, { description: ENTITY.kind })
  kind: Kind;

  @Field({ description: ENTITY.name })
  name: string;

  @Field(() => [String], { description: ENTITY.aliases })
  aliases: string[];

  @Field(() => String, { nullable: true, description: ENTITY.description })
  description?: string | null;

  @Field(() => [String], { description: ENTITY.labels })
  labels: string[];

  @Field(() => String, { nullable: true, description: ENTITY.website })
  website?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A relationship seen from one of its ends: the entity at the other end and the tie’s properties',
})
export class Relation {
  @Field(() => RelationKind)
  kind: RelationType;

  @Field(() => Direction, {
    description: 'OUTGOING when the entity this was read from is the start of the relationship',
  })
  direction: Direction;

  @Field(() => RelationRole, { nullable: true, description: 'e.g. LEAD, PARTNER, CO_FOUNDER, INITIATOR, HOST, MEMBER' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (year, month or day precision)' })
  since?: string | null;

  @Field(() => String, { nullable: true })
  until?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Float, { nullable: true, description: 'FUNDED_BY: amount in euros' })
  amountEur?: number | null;

  @Field(() => Float, { nullable: true, description: 'BORDERS: length of the shared border' })
  lengthKm?: number | null;

  @Field(() => Int, { nullable: true, description: 'RANKED_IN: position' })
  rank?: number | null;

  @Field(() => Entity, { description: 'The entity at the other end' })
  node: EntityProps;
}

/** A relation as read from the database: the Relation fields plus source ids (resolved by `sources`). */
export type RelationRow = Omit<Relation, 'node'> & { node: EntityProps; sources: string[] };
