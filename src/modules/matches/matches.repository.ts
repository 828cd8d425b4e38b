import type { CypherRunner, NamedQuery } from '../../db/runner';
import type { EntityKind } from '../../model/vocabulary';
import { TIMELESS, type TimeWindow } from '../time/window';
import { scoreCandidate, WEIGHTS, type CandidateRow, type Scored } from './scoring';

// The named Cypher of cypher/matches/ and its rows, scored; the benchmark and the evaluation run these.

/** Contexts and partners with more ties than this (mass events, hubs) introduce nobody. */
export const MAX_CONTEXT = 200;
/** Partners expanded as introducers, the least-tied first. */
export const INTRODUCERS = 50;

/** What a match search may be narrowed to (each absent or empty: any). */
export interface MatchArgs {
  kinds?: EntityKind[];
  sectors?: string[];
  countries?: string[];
  /** The network as it stood in this window (asOf); absent: all of history. */
  window?: TimeWindow;
}

/** The named query cooperationMatches runs (the benchmark and the evaluation run the same). */
export function matchesQuery(id: string, first: number, args: MatchArgs = {}): NamedQuery {
  return {
    name: 'matches/candidates',
    params: {
      id,
      first,
      kinds: args.kinds?.length ? args.kinds : ['Cluster', 'Organisation'],
      sectors: args.sectors?.length ? args.sectors : null,
      countries: args.countries?.length ? args.countries : null,
      maxContext: MAX_CONTEXT,
      introducers: INTRODUCERS,
      weights: WEIGHTS,
      ...(args.window ?? TIMELESS),
    },
  };
}

/** The best `first` candidates for `id` with their scores and reasons, best first. */
export async function rankCandidates(
  db: CypherRunner,
  id: string,
  first: number,
  args: MatchArgs = {},
): Promise<Scored[]> {
  const rows = await db.readQuery<CandidateRow>(matchesQuery(id, first, args));
  // The database ranked them; the reasons are rebuilt here from the same features and weights.
  return rows.map(scoreCandidate);
}
