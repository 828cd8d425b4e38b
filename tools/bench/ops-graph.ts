import {
  findNeighbourhood,
  findSharedPartners,
  findSimplePaths,
} from '../../src/modules/cooperation/cooperation.repository';
import { rankCandidates } from '../../src/modules/matches/matches.repository';
import type { CypherRunner } from '../../src/db/runner';
import type { Operation } from './operation.type';

/** Draws a random actor as the variable `name`, and the same question asked of the database directly. */
function ofRandomActor(name: string, floor: (db: CypherRunner, id: string) => Promise<unknown>): Operation['draw'] {
  return (inp, rng) => {
    const id = rng.pick(inp.actors);
    return { variables: { [name]: id }, floor: (db) => floor(db, id) };
  };
}

/** The questions about how actors are connected: paths, shared partners, matches, neighbourhood. */
export const GRAPH_OPERATIONS: Operation[] = [
  {
    name: 'cooperationPaths',
    question: 'the 3 shortest cooperation paths (≤ 4 hops) between two random actors',
    graphql:
      'query($from: ID!, $to: ID!) { cooperationPaths(from: $from, to: $to) { length steps { kind role since entity { id name kind } } } }',
    draw: (inp, rng) => {
      const [from, to] = [rng.pick(inp.actors), rng.pick(inp.actors)];
      return { variables: { from, to }, floor: (db) => findSimplePaths(db, { from, to, maxHops: 4, limit: 3 }) };
    },
  },
  {
    name: 'sharedPartners',
    question: 'the 10 strongest shared partners of two members of a random cluster, with evidence',
    graphql:
      'query($ids: [ID!]!) { sharedPartners(ids: $ids, first: 10) { strength partner { id name kind } ties { actor { id } strength evidenceCount evidence { weight kinds role via { id name } } } } }',
    draw: (inp, rng) => {
      const members = rng.pick(inp.memberLists);
      const a = rng.int(members.length);
      const b = (a + 1 + rng.int(members.length - 1)) % members.length;
      const ids = [members[a], members[b]];
      return { variables: { ids }, floor: (db) => findSharedPartners(db, { ids, first: 10 }) };
    },
  },
  {
    name: 'cooperationMatches',
    question: 'the 10 best partner recommendations for a random actor, with reasons',
    graphql:
      'query($for: ID!) { cooperationMatches(for: $for, first: 10) { score candidate { id name kind } reasons { kind weight explanation } } }',
    draw: ofRandomActor('for', (db, id) => rankCandidates(db, id, 10)),
  },
  {
    name: 'neighbourhood',
    question: 'the cooperation neighbourhood (depth 1, ≤ 200 nodes) of a random actor',
    graphql: 'query($id: ID!) { neighbourhood(id: $id) { truncated nodes { id name kind } edges { kind start end } } }',
    draw: ofRandomActor('id', (db, id) => findNeighbourhood(db, id, 1, 200)),
  },
];
