import { Field, Float, Int, ObjectType, type ClassType } from 'type-graphql';
import { ENTITY_KINDS, KIND_SPECS, type EntityKind, type FieldType } from '../../model/vocabulary';
import { FIELD_DESCRIPTIONS, KIND_DESCRIPTIONS } from '../../model/glossary';
import { vocabularyEnum } from './entity.enum';
import { Entity, Node } from './entity.type';

// Each kind's GraphQL object type and input are built from KIND_SPECS (model/vocabulary.ts), so the
// API carries exactly the fields the import validator accepts; test/unit/schema-vocabulary.test.ts
// checks it field by field.

/** The GraphQL type of a vocabulary field: dates are ISO strings, closed lists are enums. */
export function graphqlTypeOf(type: FieldType): object {
  if (typeof type === 'object') return vocabularyEnum(type);
  return { string: String, date: String, integer: Int, number: Float }[type];
}

/** Declares the vocabulary's own fields of `kind` on an object or input class; required fields are non-null. */
export function declareKindFields(target: ClassType, kind: EntityKind): void {
  const spec = KIND_SPECS[kind];
  for (const [name, type] of Object.entries(spec.fields)) {
    const graphqlType = graphqlTypeOf(type); // now: an enum registered while the schema is built would be missed
    Field(() => graphqlType, { nullable: !spec.required.includes(name), description: FIELD_DESCRIPTIONS[name] })(
      target.prototype,
      name,
    );
  }
}

function kindType(kind: EntityKind): ClassType<Entity> {
  const type = { [kind]: class extends Entity {} }[kind]; // named like the kind, for type-graphql's messages
  declareKindFields(type, kind);
  // The Entity interface resolves a row to the object type named like its kind.
  ObjectType(kind, { simpleResolvers: true, implements: [Node, Entity], description: KIND_DESCRIPTIONS[kind] })(type);
  return type;
}

/** Every kind's object type, by kind (the schema must know them all, since fields return the interface). */
export const KIND_TYPES = Object.fromEntries(ENTITY_KINDS.map((k) => [k, kindType(k)])) as Record<
  EntityKind,
  ClassType<Entity>
>;
export const ENTITY_TYPES = Object.values(KIND_TYPES);
export const { Cluster, Organisation, Region, Project, Alliance, Event, Programme, Sector, Source } = KIND_TYPES;
