import { badInput, checkIntRange, notFound } from '../../errors/errors';
import type { RelationType } from '../../model/vocabulary';
import type { Context } from '../../context';
import { Direction } from './entity.enum';
import type { EntityProps } from './entity.type';
import type { RelationConnection } from './relation.type';
import type { VisibilityScope } from '../../auth/visibility';
import { findRelations, relationKey } from './entity.repository';
import type { AheadRead } from './lookahead';
import { findRelationsDeep, type ReadAhead } from './relations-deep';
import { decodeRelationCursor } from './relation.cursor';
import { MAX_NODES, MAX_RELATIONS } from './relation-limit';
import { timeWindow } from '../time/window';
import type { DateWindow } from '../time/window.input';

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
 * Entities by id for a query that may also read their relations, in order, null for an id no entity
 * has: with relation reads ahead, the entities and their relations (nested levels too, up to AHEAD_LEVELS) come in
 * one round trip and are left in the request's loaders for the field resolvers; without, one batched read of the
 * entities.
 */
export async function lookupEntities(
  ctx: Context,
  ids: readonly string[],
  ahead: readonly AheadRead[],
): Promise<(EntityProps | null)[]> {
  if (!ahead.length) return loadEntities(ctx, ids);
  const unique = [...new Set(ids)];
  const scope = await ctx.scope();
  const found: ReadAhead[] = ahead.some((a) => a.next.length)
    ? await findRelationsDeep(ctx.db, unique, ahead, scope)
    : await findFirstLevel(ctx, unique, ahead, scope);
  const byId = new Map<string, EntityProps>();
  for (const { query, page, entity } of found) {
    if (entity) byId.set(entity.id, entity);
    ctx.loaders.relations.prime(query, page);
  }
  for (const [id, e] of byId) ctx.loaders.entity.prime(id, e);
  return ids.map((id) => byId.get(id) ?? null);
}

/** The entities and their first level of relations (entity/relations, which a loader batch also runs). */
async function findFirstLevel(
  ctx: Context,
  ids: readonly string[],
  ahead: readonly AheadRead[],
  scope: VisibilityScope,
): Promise<ReadAhead[]> {
  const queries = ids.flatMap((id) => ahead.map(({ next: _next, ...read }) => ({ id, ...read })));
  const found = await findRelations(ctx.db, queries, scope, true);
  return queries.flatMap((query) => {
    const page = found.get(relationKey(query));
    return page ? [{ query, page, entity: page.e }] : [];
  });
}

/** One entity by id (and its first level of relations, see lookupEntities); null when no entity has it. */
export async function lookupEntity(ctx: Context, id: string, ahead: AheadRead[]): Promise<EntityProps | null> {
  return (await lookupEntities(ctx, [id], ahead))[0];
}

/** Checks the `ids` of a batch lookup (nodes): BAD_USER_INPUT names the argument, the limit and the count. */
export function checkIds(ids: readonly string[], field = 'ids'): readonly string[] {
  if (ids.length > MAX_NODES)
    throw badInput(field, `at most ${MAX_NODES} ids, got ${ids.length}; split the request`, {
      limit: MAX_NODES,
      found: ids.length,
    });
  return ids;
}

/**
 * What a relation field's query selects: the other end's properties it reads, whether it reads totalCount, and
 * whether it reads the tie's own properties (edge).
 */
export interface ConnectionSelection {
  props: readonly string[] | null;
  count: boolean;
  edge: boolean;
}

/** The arguments of a relation connection field. */
export interface ConnectionArgs {
  first: number;
  after?: string | null;
  asOf?: string | null;
  during?: DateWindow | null;
}

/**
 * A page of the relations of `e` of the given types and direction, batched with every other such read
 * of the request (one round trip per nesting level, none when a lookup read it ahead); the count is read in the
 * same statement, and only when selected.
 */
export async function relationConnection(
  ctx: Context,
  e: EntityProps,
  types: readonly RelationType[],
  dir: Direction,
  args: ConnectionArgs,
  selection: ConnectionSelection,
): Promise<RelationConnection> {
  const first = checkFirst(args.first);
  const after = args.after != null ? decodeRelationCursor(args.after) : null;
  const window = timeWindow(args.asOf, args.during);
  const page = await ctx.loaders.relations.load({ id: e.id, types, dir, first, after, window, ...selection });
  const edges = page.rels.slice(0, first);
  return {
    totalCount: page.total,
    edges,
    // The cursors are encoded when read (as the edges' own): a 3-level lookup has 421 connections.
    pageInfo: {
      hasNextPage: page.rels.length > first,
      hasPreviousPage: after !== null,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

/** The entity at the other end of the first such relation, or null. */
export async function oneRelated(
  ctx: Context,
  e: EntityProps,
  type: RelationType,
  dir: Direction,
): Promise<EntityProps | null> {
  const page = await ctx.loaders.relations.load({ id: e.id, types: [type], dir, first: 1, edge: false });
  return page.rels[0]?.node ?? null;
}

export const OUT = Direction.OUTGOING;
export const IN = Direction.INCOMING;
export const BOTH = Direction.BOTH;
