import type { Context } from '../../context';
import type { CypherRunner } from '../../db/runner';
import { checkIntRange } from '../../errors/errors';
import { COOPERATION_RELATIONS, type EntityKind } from '../../model/vocabulary';
import { requireEntities } from '../entity/relations';
import { rank, scoreCandidate, type CandidateRow, type Scored } from './scoring';

export const MAX_CONTEXT = 200;
export const SECTOR_POOL = 500;
export const INTRODUCERS = 50;

export interface MatchArgs {
  kinds?: EntityKind[];
  sectors?: string[];
  countries?: string[];
}

/** Every candidate for `id` with its score, best first (also what the evaluation ranks). */
export async function scoreAllCandidates(db: CypherRunner, id: string, args: MatchArgs = {}): Promise<Scored[]> {
  const rows = await db.read<CandidateRow>('matches/candidates', {
    id,
    types: COOPERATION_RELATIONS,
    kinds: args.kinds?.length ? args.kinds : ['Cluster', 'Organisation'],
    maxContext: MAX_CONTEXT,
    pool: SECTOR_POOL,
    introducers: INTRODUCERS,
    sectors: args.sectors?.length ? args.sectors : null,
    countries: args.countries?.length ? args.countries : null,
  });
  return rank(rows.map(scoreCandidate));
}

/** The top partner recommendations for an actor, with reasons. */
export async function cooperationMatches(ctx: Context, id: string, first: number, args: MatchArgs): Promise<Scored[]> {
  checkIntRange('first', first, 1, 100);
  await requireEntities(ctx, [id]);
  return (await scoreAllCandidates(ctx.db, id, args)).slice(0, first);
}
