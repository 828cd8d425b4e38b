import type { Context } from '../../context';
import { badInput, checkIntRange } from '../../errors/errors';
import type { EntityKind } from '../../model/vocabulary';
import { requireEntities } from '../entity/entity.service';
import { TIMELESS, type TimeWindow } from '../time/window';
import type { Broker } from './analytics.type';

const SIDE_KINDS = ['Region', 'Sector'];

/** Entities with cooperation ties to both of two regions or sectors (or one of each). */
export async function brokers(
  ctx: Context,
  a: string,
  b: string,
  kinds: EntityKind[] | null | undefined,
  first: number,
  window: TimeWindow = TIMELESS,
): Promise<Broker[]> {
  checkIntRange('first', first, 1, 200);
  if (a === b) throw badInput('b', `expected a region or sector other than a ("${a}")`);
  const sides = await requireEntities(ctx, [a, b]);
  sides.forEach((s, i) => {
    if (!SIDE_KINDS.includes(s.kind))
      throw badInput(i ? 'b' : 'a', `expected the id of a region or a sector, got the ${s.kind} "${s.id}"`);
  });
  const scope = await ctx.scope();
  const params = { a, b, kinds: kinds?.length ? kinds : null, first, examples: 5, scope, ...window };
  return ctx.db.read<Broker>('analytics/brokers', params);
}
