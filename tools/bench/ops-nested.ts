import type { CypherRunner } from '../../src/db/runner';
import { RELATION_TYPES, type EntityKind, type RelationType } from '../../src/model/vocabulary';
import { Direction } from '../../src/modules/entity/entity.enum';
import { PUBLIC_SCOPE } from '../../src/auth/visibility';
import type { NestedRead } from '../../src/modules/entity/lookahead';
import { findRelations } from '../../src/modules/entity/entity.repository';
import { findRelationsDeep } from '../../src/modules/entity/relations-deep';
import type { BenchInputs, Operation } from './operation.type';

const CHILDREN = 20;
const NODE = 'id name kind';
/** The library's connection order: the API's (the other end's sortName, then its id; one type, one direction). */
const LIBRARY_SORT = 'sort: [{ node: { sortName: ASC } }, { node: { id: ASC } }]';

/** One level of a nested lookup: the API's field, the relations it reads, and the kinds that have it (fragments). */
interface Level {
  field: string;
  types: readonly RelationType[];
  dir: Direction;
  on?: EntityKind[];
}

/**
 * The API's document for `levels` from `entity(id)`: each level a relation connection of `first: 20`
 * selecting `edges { node { id name kind } }`, under an inline fragment on each kind that has the
 * field (typed fields are on the kinds, not on Entity). The tie's kind and direction are not
 * selected: the library cannot return them with the generic read (see library/typedefs.ts), and
 * both sides must answer the same fields.
 */
function apiQuery(levels: Level[]): string {
  let inner = NODE;
  for (const l of [...levels].reverse()) {
    const field = `${l.field}(first: ${CHILDREN}) { edges { node { ${inner} } } }`;
    inner = `${NODE} ${l.on ? l.on.map((kind) => `... on ${kind} { ${field} }`).join(' ') : field}`;
  }
  return `query($id: ID!) { entity(id: $id) { ${inner} } }`;
}

/**
 * The same question in @neo4j/graphql's terms: `<field>Connection` with the same page size and order,
 * or `relations`, on its one Entity type (library/typedefs.ts), so without fragments: a kind without
 * the field has no such ties, and answers an empty connection where the API has no field (answerTree
 * reads both as nothing).
 */
function libraryQuery(levels: Level[]): string {
  let inner = NODE;
  for (const l of [...levels].reverse()) {
    const field =
      l.field === 'relations'
        ? `relations(first: ${CHILDREN}) { ${inner} }`
        : `${l.field}Connection(first: ${CHILDREN}, ${LIBRARY_SORT}) { edges { node { ${inner} } } }`;
    inner = `${NODE} ${field}`;
  }
  return `query($id: ID!) { entities(where: { id: { eq: $id } }) { ${inner} } }`;
}

/** What the API reads of each related entity for these documents: its projection of `id name kind`. */
const LOOKUP_PROPS = ['id', 'kind', 'name'];

/**
 * The same read the API makes: the entity and every level in one statement (cypher/entity/relations-deep), each
 * level's read applying to the kinds its fragment names; one level alone as entity/relations.
 */
async function lookupFloor(db: CypherRunner, id: string, levels: Level[]): Promise<void> {
  const tree = (at: number): NestedRead[] =>
    at < levels.length
      ? [
          {
            types: levels[at].types,
            dir: levels[at].dir,
            first: CHILDREN,
            props: LOOKUP_PROPS,
            edge: false,
            on: at === 0 ? null : (levels[at].on ?? null),
            next: tree(at + 1),
          },
        ]
      : [];
  // One level goes as entity/relations, as the API sends it (lookupEntities).
  if (levels.length === 1) {
    const [{ next: _next, on: _on, ...read }] = tree(0);
    await findRelations(db, [{ id, ...read }], PUBLIC_SCOPE, true);
  } else await findRelationsDeep(db, [id], tree(0), PUBLIC_SCOPE);
}

/** A nested lookup of `levels` from an entity drawn from `starts`: asked of the API, the library and the floor. */
function nestedLookup(
  name: string,
  question: string,
  levels: Level[],
  starts: (inp: BenchInputs) => string[],
): Operation {
  return {
    name,
    question,
    graphql: apiQuery(levels),
    answer: (data) => (data as { entity: unknown }).entity,
    library: {
      graphql: libraryQuery(levels),
      answer: (data) => (data as { entities: unknown[] }).entities[0],
    },
    draw: (inp, rng) => {
      const id = rng.pick(starts(inp));
      return { variables: { id }, floor: (db) => lookupFloor(db, id, levels) };
    },
  };
}

const RELATIONS: Level = { field: 'relations', types: RELATION_TYPES, dir: Direction.BOTH };

/** `entity(id)` with `relations(first: 20)` nested `depth` levels deep, from an actor with ≥ 20 ties. */
const lookup = (depth: number): Operation =>
  nestedLookup(
    `lookupDepth${depth}`,
    `an actor with ${CHILDREN} relations${depth > 1 ? ` per level, ${depth} levels deep (up to ${CHILDREN ** depth} entities at the last)` : ''}`,
    Array.from({ length: depth }, () => RELATIONS),
    (inp) => inp.hubs,
  );

// A cluster's members, their projects, the projects' participants: typed fields, under fragments on the
// kinds that have each field and can stand at that level. The start is a cluster; its members are
// clusters, organisations, projects or regions (MEMBER_OF's from), of which all but projects have
// `projects`. Fragments on kinds that cannot occur there would cost nothing to read but would count
// in the query's cost, which adds up every fragment's fields.
const TYPED: Level[] = [
  { field: 'members', types: ['MEMBER_OF'], dir: Direction.INCOMING, on: ['Cluster'] },
  { field: 'projects', types: ['PARTICIPATES_IN'], dir: Direction.OUTGOING, on: ['Cluster', 'Organisation', 'Region'] },
  { field: 'participants', types: ['PARTICIPATES_IN'], dir: Direction.INCOMING, on: ['Project'] },
];

/** `entity(id)` of a cluster with ≥ 20 members, through `depth` typed fields (members → projects → participants). */
const typedLookup = (depth: number): Operation =>
  nestedLookup(
    `typedDepth${depth}`,
    `a cluster’s ${TYPED.slice(0, depth)
      .map((l) => l.field)
      .join(' → ')}, ${CHILDREN} per level (typed fields)`,
    TYPED.slice(0, depth),
    (inp) => inp.clusters,
  );

/** Nested lookups through the generic `relations` field and through typed fields, 1 to 3 levels deep. */
export const NESTED_OPERATIONS: Operation[] = [1, 2, 3].flatMap((d) => [lookup(d), typedLookup(d)]);
