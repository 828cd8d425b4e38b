import { Field, Float, ID, InputType, Int, type ClassType } from 'type-graphql';
import { ENTITY_KINDS, type EntityKind, type RelationType } from '../../model/vocabulary';
import { RelationKind, RelationRole } from '../entity/entity.enum';
import { declareKindFields } from '../entity/kinds.type';

@InputType({
  description: 'Fields every entity has; an upsert replaces the whole record (absent optional fields are removed)',
})
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

function kindInput(kind: EntityKind): ClassType<EntityInput> {
  const input = { [`${kind}Input`]: class extends EntityInput {} }[`${kind}Input`];
  declareKindFields(input, kind);
  InputType(`${kind}Input`)(input);
  return input;
}

/** Every kind's upsert input (ClusterInput, …): the common fields and the kind's own, from the vocabulary. */
export const KIND_INPUTS = Object.fromEntries(ENTITY_KINDS.map((k) => [k, kindInput(k)])) as Record<
  EntityKind,
  ClassType<EntityInput>
>;

/** A relationship's identity: (from, kind, to); what a link adds to it are its properties. */
@InputType()
export class UnlinkInput {
  @Field(() => RelationKind)
  kind: RelationType;

  @Field(() => ID)
  from: string;

  @Field(() => ID)
  to: string;
}

@InputType({ description: 'A relationship to create or update, identified by (from, kind, to)' })
export class LinkInput extends UnlinkInput {
  @Field(() => RelationRole, {
    nullable: true,
    description: 'One of the roles the relation kind takes (docs/model.md)',
  })
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
