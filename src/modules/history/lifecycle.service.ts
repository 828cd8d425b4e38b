import type { ManagedTransaction } from 'neo4j-driver';
import type { Context } from '../../context';
import { storeCountries } from '../../db/countries';
import { deriveIntervals } from '../../db/intervals';
import { runInTx } from '../../db/runner';
import { AppError, badInput, ErrorCode, notFound } from '../../errors/errors';
import type { EntityProps } from '../entity/entity.type';
import { deleteEntity, type Detached } from '../mutation/mutation.service';
import { mutationAuthor, recordChanges, tieChangeFrom, type ChangeRecord } from './history.writer';

/** Restoring and purging are the admin's word that a deletion is undone, or final. */
function requireAdmin(ctx: Context, operation: string): void {
  if (!ctx.viewer.roles.includes('admin'))
    throw new AppError(
      ErrorCode.FORBIDDEN,
      `${operation} needs the admin role; ${ctx.viewer.subject} has ${ctx.viewer.roles.join(', ') || 'no role'}`,
      { operation },
    );
}

/** What a restore gave back: the entity, its ties created again, those kept for later and those lost. */
export interface RestoreResult {
  entity: EntityProps;
  restored: Detached[];
  /** Ties whose other end is itself deleted: kept with it, restored when it is. */
  waiting: Detached[];
  /** Ties whose other end was purged, or holds its id as another kind now: not restored. */
  dropped: Detached[];
}

type Waiting = { other: string; tie: string };

/**
 * Brings back the latest deleted entity of `id` with its ties, in one transaction, recorded as RESTORE
 * and one LINK per tie. CONFLICT when an entity holds the id again (created since the delete) or a
 * source it cites no longer exists; NOT_FOUND when there is no deleted entity of that id.
 */
export async function restoreEntity(ctx: Context, id: string): Promise<RestoreResult> {
  requireAdmin(ctx, 'Mutation.restoreEntity');
  if (!id) throw badInput('id', 'expected an entity id');
  const result = await ctx.db.writeTx(async (tx) => {
    const [found] = await runInTx<{ node: string | null; kind: string; live: boolean }>(tx, 'mutation/find-deleted', {
      id,
    });
    if (!found.node) {
      if (found.live) throw conflict(id, `"${id}" is not deleted`);
      throw notFound(id, 'deleted entity');
    }
    if (found.live)
      throw conflict(id, `an entity "${id}" was created since the delete; delete it (or give it another id) first`);
    const [row] = await runInTx<{ e: EntityProps; restored: Detached[]; waiting: Waiting[] }>(
      tx,
      'mutation/restore-entity',
      { node: found.node, id },
    );
    await checkSourcesExist(tx, id, row.e, row.restored);
    const [parked] = row.waiting.length
      ? await runInTx<{ parked: string[] }>(tx, 'mutation/park-ties', { ties: row.waiting })
      : [{ parked: [] }];
    const asSeenFromHere = (w: Waiting): Detached => {
      const t = JSON.parse(w.tie) as Detached;
      return { ...t, direction: t.direction === 'OUTGOING' ? 'INCOMING' : 'OUTGOING', other: w.other };
    };
    const waiting = row.waiting.filter((w) => parked.parked.includes(w.other)).map(asSeenFromHere);
    const dropped = row.waiting.filter((w) => !parked.parked.includes(w.other)).map(asSeenFromHere);
    await deriveIntervals(tx, [id, ...row.restored.map((t) => t.other)]);
    // Its country, and that of what is located in it again (a region).
    await storeCountries(tx, [id], true);
    await recordChanges(tx, mutationAuthor(ctx.viewer), restoreChanges(row.e, row.restored));
    return { entity: row.e, restored: row.restored, waiting, dropped };
  });
  ctx.loaders.entity.clear(id);
  return result;
}

const conflict = (id: string, why: string) =>
  new AppError(ErrorCode.CONFLICT, `Cannot restore "${id}": ${why}`, { id });

/** Refuses (CONFLICT) a restore that would cite sources deleted since: a citation never dangles. */
async function checkSourcesExist(tx: ManagedTransaction, id: string, e: EntityProps, ties: Detached[]): Promise<void> {
  const cited = new Set([
    ...((e as { sources?: string[] }).sources ?? []),
    ...ties.flatMap((t) => (t.props.sources as string[] | undefined) ?? []),
  ]);
  if (!cited.size) return;
  const ids = [...cited].sort();
  const [{ found }] = await runInTx<{ found: string[] }>(tx, 'import/lock-sources', { ids });
  const missing = ids.filter((s) => !found.includes(s));
  if (missing.length)
    throw new AppError(
      ErrorCode.CONFLICT,
      `Cannot restore "${id}": it cites source(s) deleted since: ${missing.join(', ')}; restore them first`,
      { id, missingSources: missing },
    );
}

/** The history records of a restore: the entity's (every field from null) and one LINK per tie given back. */
function restoreChanges(e: EntityProps, ties: Detached[]): ChangeRecord[] {
  return [
    { op: 'RESTORE', entity: e.id, kind: e.kind, before: null, after: e },
    ...ties.map((t) => tieChangeFrom('LINK', e, t)),
  ];
}

/**
 * Removes an entity for good: a live one is deleted first (recorded as DELETE, its ties as UNLINK),
 * then every deleted node of the id goes, the values of all its recorded changes (and its ties') are
 * erased, and a PURGE is recorded. NOT_FOUND when the id names neither a live nor a deleted entity.
 */
export async function purgeEntity(ctx: Context, id: string): Promise<{ id: string; redacted: number }> {
  requireAdmin(ctx, 'Mutation.purgeEntity');
  if (!id) throw badInput('id', 'expected an entity id');
  // A live entity is soft-deleted in its own transaction first (its Source citation check included):
  // if the purge then fails, the entity is deleted and restorable, never half purged.
  const live = await ctx.db.read<{ e: EntityProps }>('entity/by-ids', { ids: [id] });
  if (live.length) await deleteEntity(ctx, id);
  const redacted = await ctx.db.writeTx(async (tx) => {
    const [row] = await runInTx<{ purged: number; kind: string | null }>(tx, 'mutation/purge-entity', { id });
    if (!row.purged) throw notFound(id);
    const [{ redacted: n }] = await runInTx<{ redacted: number }>(tx, 'history/redact', { id });
    await recordChanges(tx, mutationAuthor(ctx.viewer), [
      { op: 'PURGE', entity: id, kind: row.kind!, before: null, after: null },
    ]);
    return n;
  });
  ctx.loaders.entity.clear(id);
  return { id, redacted };
}
