import type { Context } from '../../context';
import { checkIntRange } from '../../errors/errors';
import type { EntityKind } from '../../model/vocabulary';
import type { EntityProps } from '../entity/entity.type';
import type { Communities, CommunityShare } from './analytics.type';
import { TIMELESS, type TimeWindow } from '../time/window';
import { stream, withProjection } from './projection';

interface CommunityRow {
  communityCount: number;
  key: string;
  size: number;
  sectors: CommunityShare[];
  regions: CommunityShare[];
  memberCount: number;
  members: EntityProps[];
}

/** "Life science, Cleantech · Małopolska, Silesia": the dominant sectors, then the dominant regions. */
export function communityLabel(sectors: CommunityShare[], regions: CommunityShare[], members: EntityProps[]): string {
  const names = (shares: CommunityShare[]) =>
    shares
      .slice(0, 2)
      .map((s) => s.entity.name)
      .join(', ');
  const parts = [names(sectors), names(regions)].filter(Boolean);
  return parts.length ? parts.join(' · ') : `around ${members[0]?.name ?? 'unnamed entities'}`;
}

/** Leiden communities of the cooperation graph (all of it, or one region's), the largest first. */
export async function communities(
  ctx: Context,
  kinds: EntityKind[] | null | undefined,
  region: string | null | undefined,
  first: number,
  membersFirst: number,
  window: TimeWindow = TIMELESS,
): Promise<Communities> {
  checkIntRange('first', first, 1, 1000);
  checkIntRange('membersFirst', membersFirst, 0, 10_000);
  return withProjection(
    ctx,
    region,
    async (p) => {
      const rows = p.empty
        ? []
        : await stream<CommunityRow>(ctx, 'analytics/communities', p, {
            kinds: kinds?.length ? kinds : null,
            first,
            membersFirst,
          });
      return {
        algorithm: 'Leiden',
        graph: p.graph,
        communityCount: rows[0]?.communityCount ?? 0,
        communities: rows.map((r) => ({ ...r, label: communityLabel(r.sectors, r.regions, r.members) })),
      };
    },
    window,
  );
}
