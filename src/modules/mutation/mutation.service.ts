import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Context } from '../../context';
import { summariseTies } from '../../db/intervals';
import { storeCountries } from '../../db/countries';
import { joining, runInTx } from '../../db/runner';
import { AppError, badInput, ErrorCode, notFound } from '../../errors/errors';
import { importRecords } from '../../import/importer';
import type { ParsedRecord } from '../../import/records';
import { ImportValidationError } from '../../import/validate';
import type { EntityKind, RelationType } from '../../model/vocabulary';
import type { EntityProps } from '../entity/entity.type';
import { mutationAuthor, recordChanges, tieChangeFrom, type ChangeRecord } from '../history/history.writer';
import type { EntityInput, LinkInput, UnlinkInput } from './mutation.input';
import { authorizeEntity, authorizeRecord, authorizeTie } from './ownership';

/** Turns the import validator's first issue into the GraphQL error a client can act on. */
function toApiError(e: unknown, prefix: string): unknown {
  if (!(e instanceof ImportValidationError)) return e;
  const issue = e.issues[0];
  const all = e.issues.map((i) => ({ field: `${prefix}.${i.field}`, message: i.message }));
  if (issue.code === 'NOT_FOUND')
    return new AppError(ErrorCode.NOT_FOUND, `${prefix}.${issue.field}: no entity with id "${issue.ref}"`, {
      id: issue.ref,
      field: `${prefix}.${issue.field}`,
    });
  if (issue.code === 'CONFLICT')
    return new AppError(ErrorCode.CONFLICT, `${prefix}.${issue.field}: ${issue.message}`, {
      id: issue.ref,
      field: `${prefix}.${issue.field}`,
    });
  return badInput(`${prefix}.${issue.field}`, issue.message, { issues: all });
}

/**
 * Imports one record on behalf of a request in one write transaction (MERGE only: upserts may race),
 * then reads the entities `ids` in it: the write holds their locks, so what it returns is what it
 * stored, even when a delete of the same entity comes right after.
 */
async function writeAndRead(ctx: Context, record: ParsedRecord, ids: string[]): Promise<EntityProps[]> {
  const found = await ctx.db.writeTx(async (tx) => {
    const allowed = await authorizeRecord(tx, ctx.viewer, record);
    try {
      await importRecords(ctx.db.db, [allowed], { within: joining(tx), author: mutationAuthor(ctx.viewer) });
    } catch (e) {
      throw toApiError(e, 'input');
    }
    return readEntities(tx, ids);
  });
  return ids.map((id) => {
    const e = found.get(id);
    // Only an end that this write did not change (so did not lock) can be gone: a delete since removed it.
    if (!e) throw notFound(id);
    ctx.loaders.entity.clear(id).prime(id, e);
    return e;
  });
}

/** The entities of these ids as the transaction sees them (its own writes included). */
async function readEntities(tx: ManagedTransaction, ids: string[]): Promise<Map<string, EntityProps>> {
  const rows = await runInTx<{ e: EntityProps }>(tx, 'entity/by-ids', { ids });
  return new Map(rows.map((r) => [r.e.id, r.e]));
}

// GraphQL gives absent optional fields as undefined and explicit nulls as null; both mean "absent".
const compact = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));

/** The ties that say which country an entity lies in (cypher/list/store-countries). */
const PLACING: RelationType[] = ['LOCATED_IN', 'PART_OF'];

/** Creates or replaces an entity of `kind` (idempotent by id), validated like an import record. */
export async function upsertEntity(ctx: Context, kind: EntityKind, input: EntityInput): Promise<EntityProps> {
  const [e] = await writeAndRead(
    ctx,
    { origin: { file: 'input', record: 'input' }, entity: { kind, ...compact(input) } as never },
    [input.id],
  );
  return e;
}

/** Creates or updates the relationship (from, kind, to) with its properties, all in one transaction. */
export async function link(
  ctx: Context,
  input: LinkInput,
): Promise<{ kind: RelationType; from: EntityProps; to: EntityProps }> {
  const { kind, ...rest } = input;
  const [from, to] = await writeAndRead(
    ctx,
    { origin: { file: 'input', record: 'input' }, relation: { type: kind, ...compact(rest) } as never },
    [input.from, input.to],
  );
  return { kind, from, to };
}

/** Removes the relationship (from, kind, to); says whether there was one. */
export async function unlink(ctx: Context, input: UnlinkInput): Promise<boolean> {
  type Row = { fromExists: boolean; toExists: boolean; removed: number; before: Props | null; fromKind: string };
  const row = await ctx.db.writeTx(async (tx) => {
    await authorizeTie(tx, ctx.viewer, input.from, input.kind, input.to);
    const [r] = await runInTx<Row>(tx, 'mutation/unlink', { from: input.from, to: input.to, type: input.kind });
    if (r.removed > 0) {
      await summariseTies(tx, [input.from, input.to]);
      // The country of what is located at `from` (a region taken out of the tree: everything below it too).
      if (PLACING.includes(input.kind)) await storeCountries(tx, [input.from], true);
      await recordChanges(tx, mutationAuthor(ctx.viewer), [
        {
          op: 'UNLINK',
          entity: input.from,
          kind: r.fromKind,
          other: input.to,
          relation: input.kind,
          before: r.before,
          after: null,
        },
      ]);
    }
    return r;
  });
  if (!row.fromExists) throw notFound(input.from);
  if (!row.toExists) throw notFound(input.to);
  return row.removed > 0;
}

type Props = Record<string, unknown>;

/** A tie removed with a deleted entity, as seen from it: what its DELETE keeps to restore it. */
export interface Detached {
  kind: RelationType;
  direction: string;
  other: string;
  otherKind: string;
  props: Props;
}

/** The history records of a delete: one UNLINK per tie, then the entity's (every field to null). */
export function deleteChanges(e: EntityProps, detached: Detached[]): ChangeRecord[] {
  return [
    ...detached.map((t) => tieChangeFrom('UNLINK', e, t)),
    { op: 'DELETE', entity: e.id, kind: e.kind, before: e, after: null },
  ];
}

/** How many citers a refused Source deletion names. */
const CITERS_SHOWN = 10;

/**
 * Deletes an entity with all its relationships, softly (restoreEntity brings both back); reports them.
 * A Source still cited is not deleted: CONFLICT names who cites it (docs/model.md, "Integrity"). The
 * entity is locked first, so a link, upsert or citation racing the delete is either reported or
 * refused, never lost or left dangling.
 */
export async function deleteEntity(ctx: Context, id: string): Promise<{ entity: EntityProps; detached: Detached[] }> {
  if (!id) throw badInput('id', 'expected an entity id');
  const row = await ctx.db.writeTx(async (tx) => {
    const [locked] = await runInTx<{ kind: EntityKind }>(tx, 'mutation/lock-entity', { id });
    if (!locked) return undefined;
    await authorizeEntity(tx, ctx.viewer, id);
    if (locked.kind === 'Source') {
      const [cited] = await runInTx<{ count: number; citers: string[] }>(tx, 'mutation/source-citations', {
        id,
        first: neo4j.int(CITERS_SHOWN),
      });
      if (cited.count > 0) {
        const more = cited.count > cited.citers.length ? ` and ${cited.count - cited.citers.length} more` : '';
        throw new AppError(
          ErrorCode.CONFLICT,
          `Source "${id}" is still cited by ${cited.citers.join(', ')}${more}; remove those citations before deleting it`,
          { id, citedBy: cited.citers, citations: cited.count },
        );
      }
    }
    const [deleted] = await runInTx<{ e: EntityProps; detached: Detached[] }>(tx, 'mutation/delete-entity', { id });
    await summariseTies(tx, [id, ...deleted.detached.map((d) => d.other)]);
    // What was located in a deleted region, or below it, is no longer in its country.
    const placed = deleted.detached.filter((t) => t.direction === 'INCOMING' && PLACING.includes(t.kind));
    await storeCountries(
      tx,
      placed.map((t) => t.other),
      true,
    );
    await recordChanges(tx, mutationAuthor(ctx.viewer), deleteChanges(deleted.e, deleted.detached));
    return deleted;
  });
  if (!row) throw notFound(id);
  ctx.loaders.entity.clear(id);
  return { entity: row.e, detached: row.detached };
}
