import type { Context } from '../../context';
import { checkIntRange } from '../../errors/errors';
import { requireEntities } from '../entity/entity.service';
import { rankCandidates, type MatchArgs } from './matches.repository';
import type { Scored } from './scoring';

export const MAX_MATCHES = 100;

/** The top partner recommendations for an actor, with reasons. */
export async function cooperationMatches(ctx: Context, id: string, first: number, args: MatchArgs): Promise<Scored[]> {
  checkIntRange('first', first, 1, MAX_MATCHES);
  const matches = await rankCandidates(ctx.db, id, first, { ...args, scope: await ctx.scope() });
  if (!matches.length) await requireEntities(ctx, [id]); // NOT_FOUND costs a round trip only when nothing was found
  return matches;
}
