import type { CypherRunner } from '../../src/db/runner';
import { RELATION_TYPES } from '../../src/model/vocabulary';
import { Direction } from '../../src/modules/entity/entity.enum';
import { findRelations } from '../../src/modules/entity/entity.repository';
import { COUNT_ALL, type Counted } from '../../src/modules/list/list.counted';
import { encodeCursor } from '../../src/modules/list/list.cursor';
import { listQuery, readPage, type ListArgs } from '../../src/modules/list/list.service';
import { EntityOrder, OrderDirection } from '../../src/modules/list/list.type';
import { luceneQuery } from '../../src/modules/search/lucene';
import { findEntities } from '../../src/modules/search/search.repository';
import type { Operation } from './operation.type';

const CHILDREN = 20;

/** `entity(id)` with `relations(first: 20)` nested `depth` levels deep. */
function lookupQuery(depth: number): string {
  let inner = 'id name kind';
  for (let i = 0; i < depth; i++)
    inner = `id name kind relations(first: ${CHILDREN}) { edges { kind direction node { ${inner} } } }`;
  return `query($id: ID!) { entity(id: $id) { ${inner} } }`;
}

/** What the API reads of each related entity for lookupQuery: its projection of `id name kind`. */
const LOOKUP_PROPS = ['id', 'kind', 'name'];

/** The same reads the API's loaders make: one batch of relation reads per level, each id once. */
async function lookupFloor(db: CypherRunner, id: string, depth: number): Promise<void> {
  let ids = [id];
  for (let level = 0; level < depth; level++) {
    const found = await findRelations(
      db,
      [...new Set(ids)].map((i) => ({
        id: i,
        types: RELATION_TYPES,
        dir: Direction.BOTH,
        first: CHILDREN,
        props: LOOKUP_PROPS,
      })),
    );
    // rels holds one more than the page when another page follows
    ids = [...found.values()].flatMap((r) => r.rels.slice(0, CHILDREN).map((x) => x.node.id));
  }
}

const lookup = (depth: number): Operation => ({
  name: `lookupDepth${depth}`,
  question: `an actor with ${CHILDREN} relations${depth > 1 ? ` per level, ${depth} levels deep (up to ${CHILDREN ** depth} entities at the last)` : ''}`,
  graphql: lookupQuery(depth),
  draw: (inp, rng) => {
    const id = rng.pick(inp.hubs);
    return { variables: { id }, floor: (db) => lookupFloor(db, id, depth) };
  },
});

const LIST_FIELDS =
  'totalCount edges { cursor node { id name kind } } pageInfo { hasNextPage endCursor } facets { sectors { value name count } countries { value name count } kinds { value count } }';

/** The page alone: what a client scrolling a list asks once it knows the total. */
const PAGE_FIELDS = 'edges { cursor node { id name kind } } pageInfo { hasNextPage endCursor }';
const COUNT_NONE: Counted = { total: false, sectors: false, countries: false, kinds: false };

/** The second page (20, by name) of organisations of a random country and sector, selecting `fields`. */
function filteredList(name: string, what: string, fields: string, counted: Counted): Operation {
  return {
    name,
    question: `the second page (20, by name) of organisations of a random country and sector, ${what}`,
    graphql: `query($filter: EntityFilter, $after: String) { organisations(filter: $filter, first: 20, after: $after) { ${fields} } }`,
    draw: async (inp, rng, db) => {
      // Draw until the filter has a second page; its cursor comes from the first page.
      for (;;) {
        const filter = { country: rng.pick(inp.countries), sector: rng.pick(inp.sectors) };
        const args: ListArgs = { filter, orderBy: EntityOrder.NAME, direction: OrderDirection.ASC, first: 20 };
        const first = await readPage(db, listQuery(['Organisation'], args, counted));
        const last = first.page.at(args.first - 1);
        if (first.page.length <= args.first || !last) continue;
        const after = encodeCursor({
          order: EntityOrder.NAME,
          direction: OrderDirection.ASC,
          key: last.key,
          id: last.e.id,
        });
        return {
          variables: { filter, after },
          floor: (r) => readPage(r, listQuery(['Organisation'], { ...args, after }, counted)),
        };
      }
    },
  };
}

const ANALYST_STATEMENT = `MATCH (c:Cluster)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {id: $country})
MATCH (m:Entity)-[:MEMBER_OF]->(c)
RETURN c.id AS cluster, c.name AS name, count(m) AS members
ORDER BY members DESC, cluster LIMIT 20`;

/** Reads an entity, a list page, search and an analyst's statement. */
export const READ_OPERATIONS: Operation[] = [
  lookup(1),
  lookup(2),
  lookup(3),
  filteredList('filteredList', 'with total and facets', LIST_FIELDS, COUNT_ALL),
  filteredList('filteredPage', 'without total or facets', PAGE_FIELDS, COUNT_NONE),
  {
    name: 'search',
    question: 'full-text search for a random actor’s name, 10 hits',
    graphql: 'query($q: String!) { search(query: $q, first: 10) { score entity { id name kind } } }',
    draw: (inp, rng) => {
      const q = rng.pick(inp.names);
      return { variables: { q }, floor: (db) => findEntities(db, luceneQuery(q)!, null, 30) };
    },
  },
  {
    name: 'analystQuery',
    question: 'an analyst’s own Cypher: the 20 largest clusters of a random country by members',
    graphql:
      'query($cypher: String!, $params: JSON) { analystQuery(cypher: $cypher, params: $params) { columns rows truncated } }',
    draw: (inp, rng) => {
      const params = { country: rng.pick(inp.countries) };
      return {
        variables: { cypher: ANALYST_STATEMENT, params },
        floor: (db) => db.readAdHoc(ANALYST_STATEMENT, params, 1000, 5000),
      };
    },
  },
];
