import { checkIntRange, notFound } from '../../errors/errors';
import type { RelationType } from '../../model/vocabulary';
import type { Context } from '../../context';
import { Direction } from './entity.enum';
import type { EntityProps, RelationRow } from './entity.type';
import { findRelations, relationKey, type RelationsAhead } from './entity.repository';
import { MAX_RELATIONS } from './relation-limit';

/** Checks a `first` argument of a relation field. */
export function checkFirst(first: number, field = 'first'): number {
  return checkIntRange(field, first, 1, MAX_RELATIONS);
}

/**
 * The entities of these ids through the request's loader, `null` for an id that names nothing. A
 * per-key Error (the database down, the budget spent) is an answer too, and is thrown: read as
 * "missing", an outage showed as `sources: []` or as NOT_FOUND.
 */
async function loadEntities(ctx: Context, ids: readonly string[]): Promise<(EntityProps | null)[]> {
  const found = await ctx.loaders.entity.loadMany(ids);
  const failed = found.find((e): e is Error => e instanceof Error);
  if (failed) throw failed;
  return found as (EntityProps | null)[];
}

/** The entities of these ids that exist (sources, reasons…), through the request's loader. */
export async function loadExisting(ctx: Context, ids: readonly string[] | undefined): Promise<EntityProps[]> {
  return (await loadEntities(ctx, ids ?? [])).filter((e): e is EntityProps => e !== null);
}

/** The entities of these ids, in order; NOT_FOUND names the first unknown one. */
export async function requireEntities(ctx: Context, ids: string[]): Promise<EntityProps[]> {
  const found = await loadEntities(ctx, ids);
  return ids.map((id, i) => {
    const e = found[i];
    if (!e) throw notFound(id);
    return e;
  });
}

/**
 * One entity by id for a query that also reads its relations: entity and first level in one round
 * trip, left in the request's loaders for the field resolvers. NOT_FOUND when no entity has the id.
 */
export async function lookupEntity(ctx: Context, id: string, ahead: RelationsAhead[]): Promise<EntityProps> {
  if (!ahead.length) {
    const e = await ctx.loaders.entity.load(id);
    if (!e) throw notFound(id);
    return e;
  }
  const queries = ahead.map((a) => ({ id, ...a }));
  const found = await findRelations(ctx.db, queries);
  const e = found.values().next().value?.e;
  if (!e) throw notFound(id);
  ctx.loaders.entity.prime(id, e);
  for (const q of queries) ctx.loaders.relations.prime(q, found.get(relationKey(q))?.rels ?? []);
  return e;
}

/** The relations of `e` of the given types and direction, batched with every other such read of the request. */
export function relationsOf(
  ctx: Context,
  e: EntityProps,
  types: readonly RelationType[],
  dir: Direction,
  first = 100,
  props: readonly string[] | null = null,
): Promise<RelationRow[]> {
  return ctx.loaders.relations.load({ id: e.id, types, dir, first: checkFirst(first), props });
}

/** The entity at the other end of the first such relation, or null. */
export async function oneRelated(
  ctx: Context,
  e: EntityProps,
  type: RelationType,
  dir: Direction,
): Promise<EntityProps | null> {
  const rels = await relationsOf(ctx, e, [type], dir, 1);
  return rels[0]?.node ?? null;
}

export const OUT = Direction.OUTGOING;
export const IN = Direction.INCOMING;
export const BOTH = Direction.BOTH;
