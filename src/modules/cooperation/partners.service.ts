import type { Context } from '../../context';
import type { NamedQuery } from '../../db/runner';
import { badInput, checkIntRange } from '../../errors/errors';
import { ACTOR_KINDS, type EntityKind, type RelationType } from '../../model/vocabulary';
import type { EntityProps } from '../entity/entity.type';
import { requireEntities } from '../entity/entity.service';
import type { SharedPartner } from './cooperation.types';

/** Evidence items returned per actor and partner (the strongest; `evidenceCount` tells how many there are). */
export const MAX_EVIDENCE = 10;
export const MAX_SHARED = 100;

interface SharedRow {
  partner: EntityProps;
  total: number;
  perActor: {
    actor: EntityProps;
    strength: number;
    evidenceCount: number;
    evidence: { via: EntityProps | null; kinds: RelationType[]; role: string | null; weight: number }[];
  }[];
}

/** The named query sharedPartners runs (the benchmark runs the same). */
export function sharedPartnersQuery(ids: string[], kinds: EntityKind[] | undefined, first: number): NamedQuery {
  return { name: 'partners/shared', params: { ids, kinds: kinds?.length ? kinds : ACTOR_KINDS, first, evidence: MAX_EVIDENCE } };
}

/** Entities that cooperate with every one of 2–10 actors, strongest ties first, with evidence. */
export async function sharedPartners(ctx: Context, ids: string[], kinds: EntityKind[] | undefined, first: number): Promise<SharedPartner[]> {
  const unique = [...new Set(ids)];
  if (unique.length < 2 || unique.length > 10) throw badInput('ids', `expected 2 to 10 different actor ids, got ${unique.length}`);
  checkIntRange('first', first, 1, MAX_SHARED);
  const rows = await ctx.db.readQuery<SharedRow>(sharedPartnersQuery(unique, kinds, first));
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
