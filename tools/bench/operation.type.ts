import type { CypherRunner } from '../../src/db/runner';
import type { Rng } from '../generate/random';

/** What inputs are drawn from (cypher/bench/inputs.cypher). */
export interface BenchInputs {
  actors: string[];
  hubs: string[];
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
  /** Draws one input (it may read the database, e.g. to find the cursor of a page). */
  draw: (inputs: BenchInputs, rng: Rng, db: CypherRunner) => Call | Promise<Call>;
}
