import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { EntityKind as Kind, RelationType } from '../../model/vocabulary';
import { PageInfo } from '../list/list.type';
import { Direction, EntityKind, RelationKind, RelationRole } from './entity.enum';

/** The stored properties of an entity node, as rows come back from Cypher. */
export type EntityProps = { id: string; kind: Kind; name: string } & Record<string, unknown>;

/** The GraphQL object type of an entity: its kind is the type's name. */
export const entityTypeName = (e: EntityProps): string => e.kind;

@InterfaceType({
  description:
    'An object with a globally unique id (Relay Global Object Identification): node(id) and nodes(ids) read it back',
  resolveType: entityTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique id: the same object under every field that returns it' })
  id: string;
}

@InterfaceType({
  implements: Node,
  description:
    'Anything in the partnership graph: clusters, organisations, regions, projects, alliances, events, programmes, sectors, sources',
  resolveType: entityTypeName,
})
export abstract class Entity {
  @Field(() => ID, { description: 'Stable human-readable id (a slug), unique across all kinds' })
  id: string;

  @Field(() => EntityKind)
  kind: Kind;

  @Field({ description: 'Name in its usual spelling, e.g. Małopolska' })
  name: string;

  @Field(() => [String], { description: 'Other spellings, acronyms, translations and native names' })
  aliases: string[];

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { description: 'Statuses, e.g. key-national-cluster, unesco-world-heritage' })
  labels: string[];

  @Field(() => String, { nullable: true })
  website?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A relationship seen from one of its ends (the entity the connection was read from): the entity at the other end and the tie’s properties',
})
export class RelationEdge {
  @Field(() => ID, {
    description:
      'This view of the tie: "<entity read from>:<KIND>:<DIRECTION>:<other end>", e.g. "lsb:MEMBER_OF:INCOMING:ecri". The same tie read from its other end is another view (direction and node differ), so it has another id',
  })
  id: string;

  @Field({ description: 'Where this edge stands in the connection; pass it as `after` to read the edges after it' })
  cursor: string;

  @Field(() => RelationKind, { description: 'The relationship type' })
  kind: RelationType;

  @Field(() => Direction, {
    description: 'OUTGOING when the entity this was read from is the start of the relationship',
  })
  direction: Direction;

  @Field(() => RelationRole, { nullable: true, description: 'e.g. LEAD, PARTNER, CO_FOUNDER, INITIATOR, HOST, MEMBER' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (year, month or day precision)' })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date the tie ended (year, month or day precision)' })
  until?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text about the tie' })
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

/** A relation as read from the database: the RelationEdge fields plus source ids (resolved by `sources`). */
export type RelationRow = Omit<RelationEdge, 'node'> & { node: EntityProps; sources: string[] };

@ObjectType({
  simpleResolvers: true,
  description:
    'A page of an entity’s relations, ordered by the other end’s name (then its id, the relation kind and direction)',
})
export class RelationConnection {
  @Field(() => Int, {
    description: 'Relations of this field across all pages (counted only when selected, in the same query)',
  })
  totalCount?: number | null;

  @Field(() => PageInfo, { description: 'Whether more edges follow, and the cursors to ask for them' })
  pageInfo: PageInfo;

  @Field(() => [RelationEdge], { description: 'The relations of this page, in order' })
  edges: RelationRow[];
}
