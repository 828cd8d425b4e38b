import type { Context } from '../../context';
import { badInput, checkIntRange } from '../../errors/errors';
import type { EntityKind } from '../../model/vocabulary';
import { requireEntities } from '../entity/entity.service';
import type { Broker } from './analytics.type';

const SIDE_KINDS = ['Region', 'Sector'];

/** Entities with cooperation ties to both of two regions or sectors (or one of each). */
export async function brokers(
  ctx: Context,
  a: string,
  b: string,
  kinds: EntityKind[] | null | undefined,
  first: number,
): Promise<Broker[]> {
  checkIntRange('first', first, 1, 200);
  if (a === b) throw badInput('b', `expected a region or sector other than a ("${a}")`);
  const sides = await requireEntities(ctx, [a, b]);
  sides.forEach((s, i) => {
    if (!SIDE_KINDS.includes(s.kind))
      throw badInput(i ? 'b' : 'a', `expected the id of a region or a sector, got the ${s.kind} "${s.id}"`);
  });
  return ctx.db.read<Broker>('analytics/brokers', { a, b, kinds: kinds?.length ? kinds : null, first, examples: 5 });
}
