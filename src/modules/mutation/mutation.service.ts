import type { Context } from '../../context';
import { AppError, badInput, ErrorCode, notFound } from '../../errors/errors';
import { importRecords } from '../../import/importer';
import { ImportValidationError } from '../../import/validate';
import type { EntityKind, RelationType } from '../../model/vocabulary';
import type { EntityProps } from '../entity/entity.type';
import type { EntityInput, LinkInput, UnlinkInput } from './mutation.inputs';

/** Turns the import validator's first issue into the GraphQL error a client can act on. */
function toApiError(e: unknown, prefix: string): unknown {
  if (!(e instanceof ImportValidationError)) return e;
  const issue = e.issues[0];
  const all = e.issues.map((i) => ({ field: `${prefix}.${i.field}`, message: i.message }));
  if (issue.code === 'NOT_FOUND') return new AppError(ErrorCode.NOT_FOUND, `${prefix}.${issue.field}: no entity with id "${issue.ref}"`, { id: issue.ref, field: `${prefix}.${issue.field}` });
  if (issue.code === 'CONFLICT') return new AppError(ErrorCode.CONFLICT, `${prefix}.${issue.field}: ${issue.message}`, { id: issue.ref, field: `${prefix}.${issue.field}` });
  return badInput(`${prefix}.${issue.field}`, issue.message, { issues: all });
}

/** An import on behalf of a request, through the request's runner (and so MERGE only: upserts may race). */
const asRequest = (ctx: Context) => ({ within: ctx.db });

// GraphQL gives absent optional fields as undefined and explicit nulls as null; both mean "absent".
const compact = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));

/** Creates or replaces an entity of `kind` (idempotent by id), validated like an import record. */
export async function upsertEntity(ctx: Context, kind: EntityKind, input: EntityInput): Promise<EntityProps> {
  try {
    await importRecords(ctx.db.db, [{ origin: { file: 'input', record: 'input' }, entity: { kind, ...compact(input) } as never }], asRequest(ctx));
  } catch (e) {
    throw toApiError(e, 'input');
  }
  ctx.loaders.entity.clear(input.id);
  return (await ctx.loaders.entity.load(input.id))!;
}

/** Creates or updates the relationship (from, kind, to) with its properties, all in one transaction. */
export async function link(ctx: Context, input: LinkInput): Promise<{ kind: RelationType; from: EntityProps; to: EntityProps }> {
  const { kind, ...rest } = input;
  try {
    await importRecords(ctx.db.db, [{ origin: { file: 'input', record: 'input' }, relation: { type: kind, ...compact(rest) } as never }], asRequest(ctx));
  } catch (e) {
    throw toApiError(e, 'input');
  }
  const [from, to] = await ctx.loaders.entity.loadMany([input.from, input.to]);
  return { kind, from: from as EntityProps, to: to as EntityProps };
}

/** Removes the relationship (from, kind, to); says whether there was one. */
export async function unlink(ctx: Context, input: UnlinkInput): Promise<boolean> {
  const [row] = await ctx.db.write<{ fromExists: boolean; toExists: boolean; removed: number }>('mutation/unlink', { from: input.from, to: input.to, type: input.kind });
  if (!row.fromExists) throw notFound(input.from);
  if (!row.toExists) throw notFound(input.to);
  return row.removed > 0;
}

export interface Detached {
  kind: RelationType;
  direction: string;
  other: string;
}

/** Deletes an entity with all its relationships; reports them. */
export async function deleteEntity(ctx: Context, id: string): Promise<{ entity: EntityProps; detached: Detached[] }> {
  if (!id) throw badInput('id', 'expected an entity id');
  const [row] = await ctx.db.write<{ e: EntityProps; detached: Detached[] }>('mutation/delete-entity', { id });
  if (!row) throw notFound(id);
  ctx.loaders.entity.clear(id);
  return { entity: row.e, detached: row.detached };
}
