import {
  findNeighbourhood,
  findSharedPartners,
  findSimplePaths,
} from '../../src/modules/cooperation/cooperation.repository';
import { rankCandidates } from '../../src/modules/matches/matches.repository';
import type { CypherRunner } from '../../src/db/runner';
import { timeWindow } from '../../src/modules/time/window';
import type { Operation } from './operation.type';
import { P95_INPUTS } from './stats';

/** The asOf variant's variables: the timeless ones and the day. */
const vars = (v: Record<string, unknown>, asOf?: string) => (asOf ? { ...v, asOf } : v);

/**
 * Draws a random actor as the variable `name` (with the day, for an asOf variant), and the same question asked of
 * the database directly.
 */
function ofRandomActor(
  name: string,
  floor: (db: CypherRunner, id: string) => Promise<unknown>,
  asOf?: string,
): Operation['draw'] {
  return (inp, rng) => {
    const id = rng.pick(inp.actors);
    return { variables: vars({ [name]: id }, asOf), floor: (db) => floor(db, id) };
  };
}

/**
 * The day the asOf variants look at: the temporal evaluation's snapshot (docs/matching.md), when the
 * generated network has about three quarters of its ties (it grows over 2000–2026).
 */
export const BENCH_AS_OF = '2022-01-01';

/** `query` with an `$asOf` variable passed to `field` (the timeless document when asOf is absent). */
const withAsOf = (query: string, field: string, asOf?: string) =>
  asOf ? query.replace('query(', 'query($asOf: String, ').replace(`${field}(`, `${field}(asOf: $asOf, `) : query;

/**
 * The questions asked with and without a date. The variant of `asOf` draws the same inputs as the
 * timeless operation (same random stream, see `timeless`), so their ratio compares one question asked two ways.
 */
function timed(asOf?: string): Operation[] {
  const window = asOf ? timeWindow(asOf) : undefined;
  const op = (
    name: string,
    question: string,
    graphql: string,
    draw: Operation['draw'],
    more: Partial<Operation> = {},
  ): Operation => ({
    name: asOf ? `${name}AsOf` : name,
    ...(asOf ? { timeless: name } : {}),
    question: asOf ? `${question}, as of ${asOf}` : question,
    graphql: withAsOf(graphql, name, asOf),
    draw,
    ...more,
  });
  return [
    op(
      'cooperationPaths',
      'the 3 shortest cooperation paths (≤ 4 hops) between two random actors',
      'query($from: ID!, $to: ID!) { cooperationPaths(from: $from, to: $to) { length steps { kind role since entity { id name kind } } } }',
      (inp, rng) => {
        const [from, to] = [rng.pick(inp.actors), rng.pick(inp.actors)];
        return {
          variables: vars({ from, to }, asOf),
          floor: (db) => findSimplePaths(db, { from, to, maxHops: 4, limit: 3, window }),
        };
      },
      // Held to a p95 (targets.ts): enough pairs for the p95 not to be the slowest one.
      { minInputs: P95_INPUTS },
    ),
    op(
      'sharedPartners',
      'the 10 strongest shared partners of two members of a random cluster, with evidence',
      'query($ids: [ID!]!) { sharedPartners(ids: $ids, first: 10) { strength partner { id name kind } ties { actor { id } strength evidenceCount evidence { weight kinds role via { id name } } } } }',
      (inp, rng) => {
        const members = rng.pick(inp.memberLists);
        const a = rng.int(members.length);
        const b = (a + 1 + rng.int(members.length - 1)) % members.length;
        const ids = [members[a], members[b]];
        return { variables: vars({ ids }, asOf), floor: (db) => findSharedPartners(db, { ids, first: 10, window }) };
      },
    ),
    op(
      'cooperationMatches',
      'the 10 best partner recommendations for a random actor, with reasons',
      'query($for: ID!) { cooperationMatches(for: $for, first: 10) { score candidate { id name kind } reasons { kind weight explanation } } }',
      ofRandomActor('for', (db, id) => rankCandidates(db, id, 10, { window }), asOf),
    ),
  ];
}

/**
 * The questions about how actors are connected: paths, shared partners, matches, neighbourhood. Each
 * of the first three is followed by its asOf variant, so the two run minutes apart at most and a
 * shared machine's drift between them stays small (their ratio is a target, targets.ts).
 */
const [timeless, asOf] = [timed(), timed(BENCH_AS_OF)];
export const GRAPH_OPERATIONS: Operation[] = [
  ...timeless.flatMap((op, i) => [op, asOf[i]]),
  {
    name: 'neighbourhood',
    question: 'the cooperation neighbourhood (depth 1, ≤ 200 nodes) of a random actor',
    graphql: 'query($id: ID!) { neighbourhood(id: $id) { truncated nodes { id name kind } edges { kind start end } } }',
    draw: ofRandomActor('id', (db, id) => findNeighbourhood(db, { id, depth: 1, limit: 200 })),
  },
];
