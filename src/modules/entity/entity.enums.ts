import { registerEnumType } from 'type-graphql';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind as Kind, type RelationType } from '../../model/vocabulary';

/** GraphQL enum of node kinds: CLUSTER, ORGANISATION, … (values are the stored kind names). */
export const EntityKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k.toUpperCase(), k])) as { [K in Uppercase<Kind>]: Kind };
registerEnumType(EntityKind, { name: 'EntityKind', description: 'The kinds of node in the partnership graph' });

/** GraphQL enum of relation types (values are the stored relationship types). */
export const RelationKind = Object.fromEntries(RELATION_TYPES.map((t) => [t, t])) as { [T in RelationType]: T };
registerEnumType(RelationKind, { name: 'RelationKind', description: 'Relationship types; see docs/model.md for what each joins' });

export enum Direction {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
  BOTH = 'BOTH',
}
registerEnumType(Direction, { name: 'Direction', description: 'Direction of a relation as seen from the entity it is read from' });
