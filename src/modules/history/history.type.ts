import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { EntityKind as Kind, RelationType } from '../../model/vocabulary';
import { EntityKind, graphqlEnum, RelationKind } from '../entity/entity.enum';
import { edgeOf, PageInfo, type EdgeShape } from '../list/list.type';
import { Node } from '../entity/entity.type';

// Its own file: the change feed's subscription (src/modules/feed) sends the same Change objects.

export const ChangeOp = graphqlEnum(
  {
    CREATE: 'An entity was created',
    UPDATE: 'Fields of an entity changed',
    DELETE: 'An entity was deleted (softly: restoreEntity brings it back)',
    RESTORE: 'A deleted entity was restored',
    PURGE: 'A deleted entity was removed for good (the values of its earlier changes are erased)',
    LINK: 'A tie was created',
    RELINK: 'Properties of a tie changed',
    UNLINK: 'A tie was removed (by unlink, or with a deleted entity)',
  },
  { name: 'ChangeOp', description: 'What a change did' },
);
export type ChangeOp = (typeof ChangeOp)[keyof typeof ChangeOp];

export const ChangeSource = graphqlEnum(
  { MUTATION: 'A GraphQL mutation', IMPORT: 'An import (file, command line or demo data)' },
  { name: 'ChangeSource', description: 'Through what a change was made' },
);
export type ChangeSource = (typeof ChangeSource)[keyof typeof ChangeSource];

@ObjectType({ simpleResolvers: true, description: 'One field of a change: its value before and after' })
export class ChangeField {
  @Field({ description: 'The field (property) name, as in the entity or relation types' }) field: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Its value before (null: absent, or erased by a purge)' })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Its value after (null: absent, or erased by a purge)' })
  after: unknown;

  @Field({ description: 'True when purgeEntity erased the values of this change (before and after are then null)' })
  redacted: boolean;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    'One recorded change of an entity or a tie: who, when, through what, and each field that moved (history, change feed)',
})
export class Change {
  @Field(() => ID, { description: 'Globally unique (change:<n>): node(id) reads it back' }) id: string;
  @Field({ description: 'Its place in the log: pass it as `after` (history) or to the change feed to resume after it' })
  cursor: string;

  @Field({ description: 'When it was committed (ISO 8601 date-time)' }) at: string;
  @Field({ description: 'Who made it: the JWT subject or API key name; "internal" for command-line imports' })
  by: string;

  @Field(() => ID, { nullable: true, description: 'The organisation the author acted for' }) org: string | null;
  @Field(() => ChangeSource, { description: 'Through what it was made' }) source: ChangeSource;
  @Field(() => ChangeOp, { description: 'What it did' }) op: ChangeOp;
  @Field(() => ID, { description: 'The entity changed; for a tie, its start (`from`)' }) entity: string;
  @Field(() => EntityKind, { description: 'The kind of `entity`' }) kind: Kind;
  @Field(() => ID, { nullable: true, description: 'For a tie: its end (`to`)' }) other: string | null;
  @Field(() => RelationKind, { nullable: true, description: 'For a tie: its kind' }) relation: RelationType | null;
  @Field(() => [ChangeField], { description: 'The fields that changed, by name (ties: the tie’s properties)' })
  fields: ChangeField[];
}

const ChangeEdge = edgeOf<Change>(Change, 'Change', { edge: 'A change in a history page', node: 'The change' });

@ObjectType({ simpleResolvers: true, description: 'A page of an entity’s changes, newest first' })
export class ChangeConnection {
  @Field(() => [ChangeEdge], { description: 'The changes of this page, newest first' }) edges: EdgeShape<Change>[];
  @Field(() => PageInfo, { description: 'Where this page sits' }) pageInfo: PageInfo;
  @Field(() => Int, {
    nullable: true,
    description: 'Changes of this entity (that the viewer may see) across all pages; counted only when selected',
  })
  totalCount?: number | null;
}

/** A Change node's properties as stored (cypher/history/record.cypher). */
export interface ChangeRow {
  seq: number;
  at: string;
  by: string;
  org?: string | null;
  source: string;
  op: string;
  entity: string;
  kind: string;
  other?: string | null;
  relation?: string | null;
  visibility?: string | null;
  fields: string;
}
