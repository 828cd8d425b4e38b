import type { Context } from '../../context';
import type { CypherRunner, NamedQuery } from '../../db/runner';
import { checkIntRange } from '../../errors/errors';
import type { EntityKind } from '../../model/vocabulary';
import { requireEntities } from '../entity/entity.service';
import { scoreCandidate, WEIGHTS, type CandidateRow, type Scored } from './scoring';

/** Contexts and partners with more ties than this (mass events, hubs) introduce nobody. */
export const MAX_CONTEXT = 200;
/** Partners expanded as introducers, the least-tied first. */
export const INTRODUCERS = 50;
export const MAX_MATCHES = 100;

export interface MatchArgs {
  kinds?: EntityKind[];
  sectors?: string[];
  countries?: string[];
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
    },
  };
}

/** The best `first` candidates for `id` with their scores and reasons, best first. */
export async function rankCandidates(db: CypherRunner, id: string, first: number, args: MatchArgs = {}): Promise<Scored[]> {
  const rows = await db.readQuery<CandidateRow>(matchesQuery(id, first, args));
  // The database ranked them; the reasons are rebuilt here from the same features and weights.
  return rows.map(scoreCandidate);
}

/** The top partner recommendations for an actor, with reasons. */
export async function cooperationMatches(ctx: Context, id: string, first: number, args: MatchArgs): Promise<Scored[]> {
  checkIntRange('first', first, 1, MAX_MATCHES);
  const matches = await rankCandidates(ctx.db, id, first, args);
  if (!matches.length) await requireEntities(ctx, [id]); // NOT_FOUND costs a round trip only when nothing was found
  return matches;
}
