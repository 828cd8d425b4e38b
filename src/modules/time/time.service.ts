import type { Context } from '../../context';
import { badInput, notFound } from '../../errors/errors';
import type { EntityProps } from '../entity/entity.type';
import type { Changes, TieChange, Timeline, TimelineYear } from './time.type';
import { parseDay } from './window';

/** Rows of cypher/time/changes. */
interface ChangesRow {
  entity: EntityProps;
  changes: TieChange[];
}

/** The cooperation ties `id` gained and lost from `from` to `to` (both days included), in one round trip. */
export async function changes(ctx: Context, id: string, from: string, to: string): Promise<Changes> {
  const window = { from: parseDay('from', from), to: parseDay('to', to) };
  if (from > to) throw badInput('to', `the period ends (${to}) before it starts (${from})`);
  const [row] = await ctx.db.read<ChangesRow>('time/changes', { id, scope: await ctx.scope(), ...window });
  if (!row) throw notFound(id);
  return {
    entity: row.entity,
    gained: row.changes.filter((c) => c.change === 'GAINED'),
    lost: row.changes.filter((c) => c.change === 'LOST'),
  };
}

/** Rows of cypher/time/timeline. */
interface TimelineRow {
  entity: EntityProps;
  years: TimelineYear[];
}

const byId = (list: EntityProps[]) =>
  [...new Map(list.map((e) => [e.id, e])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** `id`'s cooperation year by year: new partners, active projects, events (one round trip). */
export async function timeline(ctx: Context, id: string): Promise<Timeline> {
  const [row] = await ctx.db.read<TimelineRow>('time/timeline', { id, scope: await ctx.scope() });
  if (!row) throw notFound(id);
  return {
    entity: row.entity,
    years: row.years.map((y) => ({
      year: y.year,
      newPartners: byId(y.newPartners),
      activeProjects: byId(y.activeProjects),
      events: byId(y.events),
    })),
  };
}
