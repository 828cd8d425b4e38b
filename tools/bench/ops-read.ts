import { COUNT_ALL, type Counted } from '../../src/modules/list/list.counted';
import { encodeCursor } from '../../src/modules/list/list.cursor';
import { listQuery, readPage, type ListArgs } from '../../src/modules/list/list.service';
import { EntityOrder, OrderDirection } from '../../src/modules/list/list.type';
import { luceneQuery } from '../../src/modules/search/lucene';
import { findEntities } from '../../src/modules/search/search.repository';
import type { Operation } from './operation.type';

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

/** Reads a list page, search and an analyst's statement. */
export const READ_OPERATIONS: Operation[] = [
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
