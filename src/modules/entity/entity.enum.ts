import { registerEnumType } from 'type-graphql';
import type { TieVisibility as StoredVisibility } from '../../auth/visibility';
import { stringEnum, type EnumValue } from '../../model/string-enum';
import { KIND_DESCRIPTIONS, VALUE_DESCRIPTIONS } from '../../model/glossary';
import {
  ENTITY_KINDS,
  RELATION_ROLES,
  RELATION_SPECS,
  RELATION_TYPES,
  type EntityKind as Kind,
  type RelationType,
  type VocabularyEnum,
} from '../../model/vocabulary';

/** GraphQL enum of node kinds: CLUSTER, ORGANISATION, … (values are the stored kind names). */
export const EntityKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k.toUpperCase(), k])) as {
  [K in Uppercase<Kind>]: Kind;
};
registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'The kinds of node in the partnership graph',
  valuesConfig: Object.fromEntries(ENTITY_KINDS.map((k) => [k.toUpperCase(), { description: KIND_DESCRIPTIONS[k] }])),
});

/** GraphQL enum of relation types (values are the stored relationship types). */
export const RelationKind = Object.fromEntries(RELATION_TYPES.map((t) => [t, t])) as { [T in RelationType]: T };
registerEnumType(RelationKind, {
  name: 'RelationKind',
  description: 'Relationship types; see docs/model.md for what each joins',
  valuesConfig: Object.fromEntries(RELATION_TYPES.map((t) => [t, { description: RELATION_SPECS[t].meaning }])),
});

/**
 * A GraphQL string enum from its values' names and descriptions ({ A: 'A', … }, see stringEnum), registered with
 * type-graphql under `name`, so each enum is declared once, every value described, instead of as enum +
 * registerEnumType.
 */
export function graphqlEnum<const N extends string>(
  values: { readonly [K in N]: string },
  { name, description }: { name: string; description: string },
): { readonly [K in N]: K } {
  const names = Object.keys(values) as N[];
  const e = stringEnum(names);
  const valuesConfig = Object.fromEntries(names.map((n) => [n, { description: values[n] }]));
  registerEnumType(e, { name, description, valuesConfig: valuesConfig as Record<N, { description: string }> });
  return e;
}

export const Direction = graphqlEnum(
  {
    OUTGOING: 'From the entity it is read from to the other end',
    INCOMING: 'From the other end to the entity it is read from',
    BOTH: 'Either way',
  },
  { name: 'Direction', description: 'Direction of a relation as seen from the entity it is read from' },
);
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
    const described = VALUE_DESCRIPTIONS[name] ?? {};
    const valuesConfig = Object.fromEntries(values.map((v) => [enumValueName(v), { description: described[v] }]));
    registerEnumType(e, { name, description: description ?? `Values of ${name}`, valuesConfig });
    vocabularyEnums.set(name, e);
  }
  return e;
}

/** Roles of relations; which ones each relation kind takes is in docs/model.md (the import validator checks it). */
export const RelationRole = vocabularyEnum(
  { name: 'RelationRole', enum: RELATION_ROLES },
  'The role an entity plays in a relation; each relation kind takes some of them (docs/model.md)',
);

/**
 * Who may see a tie (docs/access.md): a value for each of src/auth/visibility.ts's TIE_VISIBILITIES, which the
 * import validator and the visibility rule read (`satisfies` makes the two lists fail to compile when they part).
 */
export const TieVisibility = graphqlEnum(
  {
    PUBLIC: 'Everyone (the default)',
    PARTNERS: 'The organisations at either end, the members of those ends, and admins',
    PRIVATE: 'The organisations at either end, and admins',
  } satisfies Record<StoredVisibility, string>,
  { name: 'TieVisibility', description: 'Who may see a tie; entities themselves are always public' },
);
export type TieVisibility = EnumValue<typeof TieVisibility>;
