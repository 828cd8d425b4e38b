import { Field, Float, ID, InputType, Int, type ClassType } from 'type-graphql';
import { ENTITY_FIELD_DESCRIPTIONS as ENTITY, TIE_FIELD_DESCRIPTIONS as TIE } from '../../model/glossary';
import { ENTITY_KINDS, type EntityKind, type RelationType } from '../../model/vocabulary';
import { RelationKind, RelationRole, TieVisibility } from '../entity/entity.enum';
import { declareKindFields } from '../entity/kinds.type';

@InputType({
  description: 'Fields every entity has; an upsert replaces the whole record (absent optional fields are removed)',
})
export class EntityInput {
  @Field(() => ID, { description: ENTITY.id }) id: string;
  @Field({ description: ENTITY.name }) name: string;
  @Field(() => [String], { nullable: true, description: ENTITY.aliases }) aliases?: string[];
  @Field(() => String, { nullable: true, description: ENTITY.description }) description?: string;
  @Field(() => [ID], { nullable: true, description: ENTITY.sources }) sources?: string[];
  @Field(() => [String], { nullable: true, description: ENTITY.labels }) labels?: string[];
  @Field(() => String, { nullable: true, description: ENTITY.website }) website?: string;
  @Field(() => ID, {
    nullable: true,
    description: `${ENTITY.owner}. Absent: unchanged (new: the editor’s organisation)`,
  })
  owner?: string;
}

function kindInput(kind: EntityKind): ClassType<EntityInput> {
  const input = { [`${kind}Input`]: class extends EntityInput {} }[`${kind}Input`];
  declareKindFields(input, kind);
  InputType(`${kind}Input`, { description: `What upsert${kind} stores: every field of the ${kind.toLowerCase()}` })(
    input,
  );
  return input;
}

/** Every kind's upsert input (ClusterInput, …): the common fields and the kind's own, from the vocabulary. */
export const KIND_INPUTS = Object.fromEntries(ENTITY_KINDS.map((k) => [k, kindInput(k)])) as Record<
  EntityKind,
  ClassType<EntityInput>
>;

/** A relationship's identity: (from, kind, to); what a link adds to it are its properties. */
@InputType({ description: 'A relationship to remove, identified by (from, kind, to)' })
export class UnlinkInput {
  @Field(() => RelationKind, { description: TIE.kind }) kind: RelationType;
  @Field(() => ID, { description: TIE.from }) from: string;
  @Field(() => ID, { description: TIE.to }) to: string;
}

@InputType({ description: 'A relationship to create or update, identified by (from, kind, to)' })
export class LinkInput extends UnlinkInput {
  @Field(() => RelationRole, { nullable: true, description: TIE.role }) role?: string;
  @Field(() => String, { nullable: true, description: TIE.since }) since?: string;
  @Field(() => String, { nullable: true, description: TIE.until }) until?: string;
  @Field(() => [ID], { nullable: true, description: TIE.sources }) sources?: string[];
  @Field(() => String, { nullable: true, description: TIE.note }) note?: string;
  @Field(() => Float, { nullable: true, description: TIE.amountEur }) amountEur?: number;
  @Field(() => Float, { nullable: true, description: TIE.lengthKm }) lengthKm?: number;
  @Field(() => Int, { nullable: true, description: TIE.rank }) rank?: number;
  @Field(() => TieVisibility, { defaultValue: 'PUBLIC', description: TIE.visibility }) visibility?: TieVisibility;
}
