import type { ManagedTransaction } from 'neo4j-driver';
import type { Viewer } from '../../auth/roles';
import { runInTx } from '../../db/runner';
import { AppError, ErrorCode } from '../../errors/errors';
import type { ParsedRecord } from '../../import/records';
import { MAX_ID } from '../../import/validate';
import { ID_PATTERN } from '../../model/vocabulary';

// Who may change what (docs/access.md, "Ownership"). Every check runs in the write's own transaction, after
// locking what it reads, so an owner changed by a concurrent write is either seen or changed after this write.

const isAdmin = (viewer: Viewer) => viewer.roles.includes('admin');

// An id that is not one is refused by validation before anything is written: no lock is taken for it (a
// megabyte-long "id" would otherwise reach the index as a key).
const isId = (id: unknown): id is string => typeof id === 'string' && id.length <= MAX_ID && ID_PATTERN.test(id);

/** Whether an organisation owns an entity: the entity is the organisation's own actor, or its `owner`. */
export const owns = (org: string, id: string, owner: string | null | undefined): boolean => id === org || owner === org;

const ownedBy = (owner: string | null | undefined) => (owner ? `"${owner}"` : 'no one');

const forbidden = (message: string, extensions: Record<string, unknown>) =>
  new AppError(ErrorCode.FORBIDDEN, message, extensions);

/** The organisation an editor acts for; one acting for none may change nothing. */
function organisationOf(viewer: Viewer): string {
  if (viewer.org) return viewer.org;
  throw forbidden(
    `${viewer.subject} acts for no organisation, so it may change nothing: an editor's token needs the organisation claim (JWT_ORG_CLAIM) and an API key the entry name@org`,
    { subject: viewer.subject, org: null },
  );
}

function refuseEntity(viewer: Viewer, org: string, id: string, owner: string | null | undefined): AppError {
  return forbidden(
    `"${id}" is owned by ${ownedBy(owner)}; ${viewer.subject} acts for "${org}" and may change only what "${org}" owns`,
    { id, owner: owner ?? null, org },
  );
}

/**
 * Checks that the viewer may write this import record (an upsert's entity, a link's tie) and returns it with
 * the owner to store: the one given (an admin's, or the editor's own organisation), else the stored one, else,
 * for a new entity, the editor's organisation. Runs in the write's transaction, before the write.
 */
export async function authorizeRecord(tx: ManagedTransaction, viewer: Viewer, record: ParsedRecord) {
  if (record.relation) {
    const { from, to, type } = record.relation;
    await authorizeTie(tx, viewer, from, String(type), to);
    return record;
  }
  const entity = record.entity;
  if (!entity || !isId(entity.id)) return record;
  const admin = isAdmin(viewer);
  const org = admin ? viewer.org : organisationOf(viewer);
  const [found] = await runInTx<{ exists: boolean; owner: string | null }>(tx, 'ownership/claim-entity', {
    id: entity.id,
  });
  const given = entity.owner ?? undefined;
  if (!admin) {
    if (found.exists && !owns(org!, entity.id, found.owner)) throw refuseEntity(viewer, org!, entity.id, found.owner);
    if (given !== undefined && given !== org)
      throw forbidden(
        `${record.origin.record}.owner: ${viewer.subject} acts for "${org}" and may give only "${org}" as owner, got ${JSON.stringify(given)}; an admin changes owners`,
        { field: `${record.origin.record}.owner`, id: entity.id, owner: found.exists ? found.owner : null, org },
      );
  }
  // An upsert replaces the whole record, but never its owner by omission: absent keeps the stored one.
  const owner = given ?? (found.exists ? found.owner : org) ?? undefined;
  return { ...record, entity: { ...entity, owner } };
}

/** Checks, under the entity's lock, that the viewer may change or delete it (nothing to check when it is absent). */
export async function authorizeEntity(tx: ManagedTransaction, viewer: Viewer, id: string): Promise<void> {
  if (isAdmin(viewer) || !isId(id)) return;
  const org = organisationOf(viewer);
  const [found] = await runInTx<{ owner: string | null }>(tx, 'ownership/lock-entity', { id });
  if (found && !owns(org, id, found.owner)) throw refuseEntity(viewer, org, id, found.owner);
}

/**
 * Checks, under both ends' locks, that the viewer may link or unlink (from, type, to): its organisation is an
 * end, or owns one (a project it created records its participants). A missing end is left to the write (NOT_FOUND).
 */
export async function authorizeTie(
  tx: ManagedTransaction,
  viewer: Viewer,
  from: unknown,
  type: string,
  to: unknown,
): Promise<void> {
  if (isAdmin(viewer) || !isId(from) || !isId(to)) return;
  const org = organisationOf(viewer);
  const ends = await runInTx<{ id: string; owner: string | null }>(tx, 'ownership/lock-ends', { from, to });
  if (ends.length < 2 || ends.some((e) => owns(org, e.id, e.owner))) return;
  const owner = (id: string) => ends.find((e) => e.id === id)?.owner ?? null;
  throw forbidden(
    `the ${type} tie from "${from}" (owned by ${ownedBy(owner(from))}) to "${to}" (owned by ${ownedBy(owner(to))}): ${viewer.subject} acts for "${org}" and may change only ties at an entity "${org}" is or owns`,
    { id: from, other: to, owner: owner(from), otherOwner: owner(to), org },
  );
}
