import type { Context } from '../../context';
import { badInput, checkIntRange } from '../../errors/errors';
import { requireEntities } from '../entity/entity.service';
import { findSharedPartners, type SharedQuery } from './cooperation.repository';
import type { SharedPartner } from './cooperation.type';

export const MAX_SHARED = 100;

/** Entities that cooperate with every one of 2–10 actors, strongest ties first, with evidence. */
export async function sharedPartners(ctx: Context, { ids, first, ...rest }: SharedQuery): Promise<SharedPartner[]> {
  const unique = [...new Set(ids)];
  if (unique.length < 2 || unique.length > 10)
    throw badInput('ids', `expected 2 to 10 different actor ids, got ${unique.length}`);
  checkIntRange('first', first, 1, MAX_SHARED);
  const rows = await findSharedPartners(ctx.db, { ids: unique, first, ...rest, scope: await ctx.scope() });
  if (!rows.length) await requireEntities(ctx, unique); // NOT_FOUND costs a round trip only when nothing was found
  return rows.map((r) => ({
    partner: r.partner,
    strength: r.total,
    ties: unique.map((id) => {
      const t = r.perActor.find((p) => p.actor.id === id)!;
      return { actor: t.actor, strength: t.strength, evidenceCount: t.evidenceCount, evidence: t.evidence };
    }),
  }));
}
