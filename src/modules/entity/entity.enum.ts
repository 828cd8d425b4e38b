import { registerEnumType } from 'type-graphql';
import { stringEnum, type EnumValue } from '../../model/string-enum';
import {
  ENTITY_KINDS,
  RELATION_ROLES,
  RELATION_TYPES,
  type EntityKind as Kind,
  type RelationType,
  type VocabularyEnum,
} from '../../model/vocabulary';

/** GraphQL enum of node kinds: CLUSTER, ORGANISATION, … (values are the stored kind names). */
export const EntityKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k.toUpperCase(), k])) as {
  [K in Uppercase<Kind>]: Kind;
};
registerEnumType(EntityKind, { name: 'EntityKind', description: 'The kinds of node in the partnership graph' });

/** GraphQL enum of relation types (values are the stored relationship types). */
export const RelationKind = Object.fromEntries(RELATION_TYPES.map((t) => [t, t])) as { [T in RelationType]: T };
registerEnumType(RelationKind, {
  name: 'RelationKind',
  description: 'Relationship types; see docs/model.md for what each joins',
});

/**
 * A GraphQL string enum from the names of its values ({ A: 'A', … }, see stringEnum), registered with type-graphql
 * under `config.name` with its descriptions, so each enum is declared once instead of as enum + registerEnumType.
 */
export function graphqlEnum<const N extends string>(
  names: readonly N[],
  config: Parameters<typeof registerEnumType<{ readonly [K in N]: K }>>[1],
): { readonly [K in N]: K } {
  const e = stringEnum(names);
  registerEnumType(e, config);
  return e;
}

export const Direction = graphqlEnum(['OUTGOING', 'INCOMING', 'BOTH'], {
  name: 'Direction',
  description: 'Direction of a relation as seen from the entity it is read from',
});
export type Direction = EnumValue<typeof Direction>;

/** A vocabulary value's name in GraphQL: research-institute → RESEARCH_INSTITUTE (GraphQL names allow no hyphen). */
export const enumValueName = (value: string): string => value.toUpperCase().replace(/-/g, '_');

const vocabularyEnums = new Map<string, Record<string, string>>();

/**
 * The GraphQL enum of a vocabulary list, registered once per name: values are named UPPER_SNAKE and
 * carry the stored value, so resolvers and the import validator keep seeing `research-institute`.
 */
export function vocabularyEnum({ name, enum: values }: VocabularyEnum, description?: string): Record<string, string> {
  let e = vocabularyEnums.get(name);
  if (!e) {
    e = Object.fromEntries(values.map((v) => [enumValueName(v), v]));
    registerEnumType(e, { name, description });
    vocabularyEnums.set(name, e);
  }
  return e;
}

/** Roles of relations; which ones each relation kind takes is in docs/model.md (the import validator checks it). */
export const RelationRole = vocabularyEnum(
  { name: 'RelationRole', enum: RELATION_ROLES },
  'The role an entity plays in a relation; each relation kind takes some of them (docs/model.md)',
);
