import { Field, ID, InterfaceType } from 'type-graphql';
import { ENTITY_FIELD_DESCRIPTIONS as ENTITY } from '../../model/glossary';
import type { EntityKind as Kind } from '../../model/vocabulary';
import { EntityKind } from './entity.enum';

/** The stored properties of an entity node, as rows come back from Cypher. */
export type EntityProps = { id: string; kind: Kind; name: string } & Record<string, unknown>;

/** The GraphQL object type of an entity: its kind is the type's name. */
export const entityTypeName = (e: EntityProps): string => e.kind;
/** A Node's type: a change (src/modules/history) has an `op`, an entity its kind. */
export const nodeTypeName = (n: EntityProps | { op: string }): string => ('op' in n ? 'Change' : n.kind);

@InterfaceType({
  description:
    'An object with a globally unique id (Relay Global Object Identification): node(id) and nodes(ids) read it back',
  resolveType: nodeTypeName,
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

  @Field(() => ID, { nullable: true, description: ENTITY.owner })
  owner?: string | null;
}
