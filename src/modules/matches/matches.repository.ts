import { runInTx, type CypherRunner, type NamedQuery } from '../../db/runner';
import type { EntityKind } from '../../model/vocabulary';
import { TIMELESS, type TimeWindow } from '../time/window';
import { PUBLIC_SCOPE, type VisibilityScope } from '../../auth/visibility';
import { activeSources, NO_ACTIVE_SOURCES, type ActiveRanksParams, type ActiveSources } from './active-sources';
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
 * The most-tied actors of the actor's country that are candidates too: new partners come to the active ones
 * (docs/matching.md, where future partners come from). Read from an index in the order of their stored tie counts
 * (migration 010), not by ranking the whole country per request (488 ms on M before, 10 actors, timeless).
 */
export const ACTIVE_IN_COUNTRY = 400;
/** The most-tied actors of each neighbouring country that are candidates (a quarter of future partners; as above). */
export const ACTIVE_ABROAD = 100;

/** What a match search may be narrowed to (each absent or empty: any). */
export interface MatchArgs {
  kinds?: EntityKind[];
  sectors?: string[];
  countries?: string[];
  /** The network as it stood in this window (asOf); absent: all of history. */
  window?: TimeWindow;
  /** How many of the most-tied actors of its country to consider; absent: ACTIVE_IN_COUNTRY, 0: none. */
  activeInCountry?: number;
  /** How many of the most-tied actors of each neighbouring country to consider; absent: ACTIVE_ABROAD, 0: none. */
  activeAbroad?: number;
  /** Only ties this viewer may see count; absent: PUBLIC ties only. */
  scope?: VisibilityScope;
}

const DEFAULT_KINDS: EntityKind[] = ['Cluster', 'Organisation'];

/** The parameters of cypher/matches/active-ranks for `id` (the country sources; `known` is added by activeSources). */
export function activeRanksParams(id: string, args: MatchArgs = {}): ActiveRanksParams {
  return {
    id,
    narrow: { kinds: args.kinds?.length ? args.kinds : DEFAULT_KINDS },
    active: args.activeInCountry ?? ACTIVE_IN_COUNTRY,
    activeAbroad: args.activeAbroad ?? ACTIVE_ABROAD,
    ...(args.window ?? TIMELESS),
  };
}

/**
 * The candidates statement cooperationMatches runs after the country sources are ranked (rankCandidates runs both;
 * without `sources`, none: the tools that time this one statement).
 */
export function matchesQuery(
  id: string,
  first: number,
  args: MatchArgs = {},
  weights: Weights = WEIGHTS,
  sources: ActiveSources = NO_ACTIVE_SOURCES,
): NamedQuery {
  return {
    name: 'matches/candidates',
    params: {
      id,
      first,
      // In one map: Neo4j keys its plan cache by each parameter's type and, for a list, its size bucket, and this
      // statement takes 3–11 s to plan on this machine. As parameters of their own, one sector, five, fifty or one
      // kind instead of two were each planned again (2026-12-02, on the test database: 4.4, 3.9, 3.4, 2.8 s).
      narrow: {
        kinds: args.kinds?.length ? args.kinds : DEFAULT_KINDS,
        sectors: args.sectors?.length ? args.sectors : null,
        countries: args.countries?.length ? args.countries : null,
      },
      maxContext: MAX_CONTEXT,
      introducers: INTRODUCERS,
      // In a map: one plan for every number of ids (see narrow).
      activeSources: sources,
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
  // One read transaction: the country sources (kept ones not ranked again), then the candidates.
  const rows = await db.readTx(async (tx) => {
    const sources = await activeSources(tx, activeRanksParams(id, args));
    const q = matchesQuery(id, first, args, weights, sources);
    return runInTx<CandidateRow>(tx, q.name, q.params);
  });
  // The database ranked them; the reasons are rebuilt here from the same features and weights.
  return rows.map((row) => scoreCandidate(row, weights));
}
