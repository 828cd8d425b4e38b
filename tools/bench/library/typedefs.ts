import { isObjectType, type GraphQLSchema } from 'graphql';
import { COMMON_FIELDS, ENTITY_KINDS, KIND_SPECS, type FieldType } from '../../../src/model/vocabulary';
import { tieOf } from '../../../src/modules/entity/lookahead';
import { Direction } from '../../../src/modules/entity/entity.enum';

/** GraphQL types of the stored properties (dates are stored as ISO strings, enums as their value). */
const SCALAR: Record<Exclude<FieldType, object>, string> = {
  string: 'String',
  date: 'String',
  integer: 'Int',
  number: 'Float',
};
const COMMON: Record<(typeof COMMON_FIELDS)[number], string> = {
  kind: 'String!',
  id: 'ID!',
  name: 'String!',
  aliases: '[String!]',
  description: 'String',
  sources: '[String!]',
  labels: '[String!]',
  website: 'String',
  owner: 'String',
};

/**
 * The API's generic `relations` read, as the library can express it: a @cypher field returning the
 * entities at the other end, in the API's order (the other end's sortName, its id, the type, the
 * direction) and cut to `first`. A relationship field of the library has one type and one direction,
 * so a page of ties of every type can only be a @cypher field; the tie's kind and direction cannot be
 * returned with a node, so the benchmark selects neither on either side.
 */
const RELATIONS = `relations(first: Int! = 20): [Entity!]! @cypher(statement: """
    MATCH (this)-[r]-(o:Entity)
    WITH o, type(r) AS t, CASE WHEN startNode(r) = this THEN 'OUTGOING' ELSE 'INCOMING' END AS d
    ORDER BY o.sortName, o.id, t, d LIMIT $first
    RETURN o
  """, columnName: "o")`;

/** Every property some kind stores, with its GraphQL type (the same name has the same type in every kind). */
function properties(): string[] {
  const all = new Map<string, string>(Object.entries(COMMON));
  all.set('sortName', 'String');
  for (const kind of ENTITY_KINDS)
    for (const [name, type] of Object.entries(KIND_SPECS[kind].fields))
      all.set(name, typeof type === 'object' ? 'String' : SCALAR[type]);
  return [...all].map(([name, type]) => `  ${name}: ${type}`);
}

/**
 * The API's typed relation fields (`members`, `projects`…, from the schema's `ties` extensions) as
 * relationship fields of the same name. Only those with one relation type and one direction, the
 * same in every kind that has the field: the library has no relationship of several types or of both
 * directions (`events`, `partners`), one node type cannot give one name two meanings, and the library
 * refuses two fields of one type and direction (the first name is kept: `founders`, not `initiators`).
 */
function typedFields(api: GraphQLSchema): string[] {
  const ties = new Map<string, string | null>();
  for (const kind of ENTITY_KINDS) {
    const type = api.getType(kind);
    if (!isObjectType(type)) continue;
    for (const f of Object.values(type.getFields())) {
      const tie = tieOf(f);
      if (!tie || tie.one) continue;
      const single = tie.types.length === 1 && tie.dir !== Direction.BOTH;
      const field = single
        ? `  ${f.name}: [Entity!]! @relationship(type: "${tie.types[0]}", direction: ${tie.dir === Direction.OUTGOING ? 'OUT' : 'IN'}, properties: "Tie")`
        : null;
      ties.set(f.name, ties.has(f.name) && ties.get(f.name) !== field ? null : field);
    }
  }
  const seen = new Set<string>();
  return [...ties.values()].filter((f): f is string => {
    const tie = f && /@relationship\(type: "(\w+)", direction: (\w+)/.exec(f)![0];
    if (!tie || seen.has(tie)) return false;
    seen.add(tie);
    return true;
  });
}

/**
 * @neo4j/graphql (v7) type definitions over the graph the API serves: one node type for the
 * `:Entity` label, with every kind's properties from the vocabulary (src/model/vocabulary.ts) and the
 * API's typed relation fields. One type and not one per kind: with nine kinds behind an interface, the
 * library read every interface-typed level as a union of nine subqueries (729 at three levels), whose
 * planning alone passed a minute; the graph has one label with a `kind` property, and so does this.
 * Mutations, aggregations and subscriptions are left out: the benchmark never uses them.
 */
export function libraryTypeDefs(api: GraphQLSchema): string {
  return [
    // Tie properties, one type for every relationship (each type carries a subset of them).
    'type Tie @relationshipProperties {\n  role: String\n  since: String\n  until: String\n  note: String\n  amountEur: Float\n  lengthKm: Float\n  rank: Int\n}',
    `type Entity @node(labels: ["Entity"]) @mutation(operations: []) @query(aggregate: false) @subscription(events: []) {\n${[...properties(), ...typedFields(api), `  ${RELATIONS}`].join('\n')}\n}`,
  ].join('\n\n');
}
