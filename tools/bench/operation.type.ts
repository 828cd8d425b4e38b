import type { CypherRunner } from '../../src/db/runner';
import type { Rng } from '../generate/random';

/** What inputs are drawn from (cypher/bench/inputs.cypher). */
export interface BenchInputs {
  actors: string[];
  hubs: string[];
  /** Clusters with at least 20 members (typed-field lookups start there). */
  clusters: string[];
  memberLists: string[][];
  names: string[];
  countries: string[];
  sectors: string[];
}

/** One measured call: the GraphQL request, and the same database work done directly (the floor). */
export interface Call {
  variables: Record<string, unknown>;
  floor: (db: CypherRunner) => Promise<unknown>;
}

export interface Operation {
  name: string;
  /** What a user asks, in words (for the report). */
  question: string;
  graphql: string;
  /**
   * The operation this one asks as of a day: its inputs are drawn from the same random stream, and
   * the report gives this one's latency over that one's, measured in the same run.
   */
  timeless?: string;
  /** Where the entity of a nested lookup's answer is (set with `library`). */
  answer?: (data: unknown) => unknown;
  /** The same question asked of @neo4j/graphql: its document (same variables) and where its entity is. */
  library?: { graphql: string; answer: (data: unknown) => unknown };
  /**
   * Inputs drawn at least, whatever `--requests` says: for an operation held to a p95. The report's quantiles are
   * nearest-rank, so the p95 of fewer than 20 requests is the slowest of them (an L run's 10 made "paths p95" the
   * slowest of 10 pairs); 40 leaves two above it.
   */
  minInputs?: number;
  /** Draws one input (it may read the database, e.g. to find the cursor of a page). */
  draw: (inputs: BenchInputs, rng: Rng, db: CypherRunner) => Call | Promise<Call>;
}
