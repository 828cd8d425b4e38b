import type { CypherRunner, NamedQuery } from '../../db/runner';
import type { EntityKind } from '../../model/vocabulary';
import { TIMELESS, type TimeWindow } from '../time/window';
import { PUBLIC_SCOPE, type VisibilityScope } from '../../auth/visibility';
import { scoreCandidate, type CandidateRow, type Scored } from './scoring';
import { WEIGHTS, type Weights } from './weights';

// The named Cypher of cypher/matches/ and its rows, scored; the benchmark and the evaluation run these.

/** Contexts and partners with more ties than this (mass events, hubs) introduce nobody. */
export const MAX_CONTEXT = 200;
/** Partners expanded as introducers, the least-tied first. */
export const INTRODUCERS = 50;
/**
 * Partners' partners (tied to an introducer directly or through a common context) that are candidates, the best by
 * Adamic–Adar first: on the generated S network as of 2017 they were a median 2,650 per actor and held 84 % of its
 * partners of the next three years; bounded, a pool of a few hundred.
 */
export const REACH = 300;
/**
 * The most-tied actors of the actor's country the temporal evaluation adds as candidates (docs/matching.md:
 * where future partners come from). Not in the API yet: it ranks every actor of the country by its ties per
 * request (warm demo query 98 → 344 ms, and TIMEOUTs of the cold one under load). The stored tie summaries made
 * each count cheap, not the ranking: on M, 10 actors with this and ACTIVE_ABROAD took 488 ms timeless and
 * 1,030 ms as of a day (docs/performance.md, "Counting an entity's ties").
 */
export const ACTIVE_IN_COUNTRY = 400;
/** The most-tied actors of each neighbouring country the evaluation adds (a quarter of future partners; as above). */
export const ACTIVE_ABROAD = 100;

/** What a match search may be narrowed to (each absent or empty: any). */
export interface MatchArgs {
  kinds?: EntityKind[];
  sectors?: string[];
  countries?: string[];
  /** The network as it stood in this window (asOf); absent: all of history. */
  window?: TimeWindow;
  /** Also consider this many of the most-tied actors of its country (ACTIVE_IN_COUNTRY); absent: none. */
  activeInCountry?: number;
  /** Also consider this many of the most-tied actors of each neighbouring country (ACTIVE_ABROAD); absent: none. */
  activeAbroad?: number;
  /** Only ties this viewer may see count; absent: PUBLIC ties only. */
  scope?: VisibilityScope;
}

/** The named query cooperationMatches runs (the benchmark and the evaluation run the same). */
export function matchesQuery(id: string, first: number, args: MatchArgs = {}, weights: Weights = WEIGHTS): NamedQuery {
  return {
    name: 'matches/candidates',
    params: {
      id,
      first,
      // In one map: Neo4j keys its plan cache by each parameter's type and, for a list, its size bucket, and this
      // statement takes 3–11 s to plan on this machine. As parameters of their own, one sector, five, fifty or one
      // kind instead of two were each planned again (2026-12-02, on the test database: 4.4, 3.9, 3.4, 2.8 s).
      narrow: {
        kinds: args.kinds?.length ? args.kinds : ['Cluster', 'Organisation'],
        sectors: args.sectors?.length ? args.sectors : null,
        countries: args.countries?.length ? args.countries : null,
      },
      maxContext: MAX_CONTEXT,
      introducers: INTRODUCERS,
      active: args.activeInCountry ?? 0,
      activeAbroad: args.activeAbroad ?? 0,
      reach: REACH,
      weights,
      scope: args.scope ?? PUBLIC_SCOPE,
      ...(args.window ?? TIMELESS),
    },
  };
}

/** The best `first` candidates for `id` with their scores and reasons, best first (other weights: evaluation only). */
export async function rankCandidates(
  db: CypherRunner,
  id: string,
  first: number,
  args: MatchArgs = {},
  weights: Weights = WEIGHTS,
): Promise<Scored[]> {
  const rows = await db.readQuery<CandidateRow>(matchesQuery(id, first, args, weights));
  // The database ranked them; the reasons are rebuilt here from the same features and weights.
  return rows.map((row) => scoreCandidate(row, weights));
}
