import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TIE_FIELD_DESCRIPTIONS as TIE } from '../../model/glossary';
import type { RelationType } from '../../model/vocabulary';
import { PageInfo } from '../list/list.type';
import { Direction, RelationKind, RelationRole, TieVisibility } from './entity.enum';
import { Entity, type EntityProps } from './entity.type';

// Apart from entity.type.ts: the connection reuses the entity lists' PageInfo, whose module reads EntityProps.

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

  @Field(() => RelationKind, { description: TIE.kind }) kind: RelationType;
  @Field(() => Direction, {
    description: 'OUTGOING when the entity this was read from is the start of the relationship',
  })
  direction: Direction;

  @Field(() => RelationRole, { nullable: true, description: TIE.role }) role?: string | null;
  @Field(() => String, { nullable: true, description: TIE.since }) since?: string | null;
  @Field(() => String, { nullable: true, description: TIE.until }) until?: string | null;
  @Field(() => String, { nullable: true, description: TIE.note }) note?: string | null;
  @Field(() => Float, { nullable: true, description: TIE.amountEur }) amountEur?: number | null;
  @Field(() => Float, { nullable: true, description: TIE.lengthKm }) lengthKm?: number | null;
  @Field(() => Int, { nullable: true, description: TIE.rank }) rank?: number | null;
  @Field(() => TieVisibility, { description: TIE.visibility }) visibility: TieVisibility;
  @Field(() => Entity, { description: 'The entity at the other end' }) node: EntityProps;
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
