import type { ManagedTransaction } from 'neo4j-driver';
import type { Viewer } from '../../auth/roles';
import { runInTx } from '../../db/runner';
import { toNative } from '../../db/values';

/** Who made a change and through what: written on every Change (`by`, `org`, `source`). */
export interface ChangeAuthor {
  by: string;
  org: string | null;
  source: 'mutation' | 'import';
}

/** What a command-line or demo import records as its author (no request, no viewer). */
export const INTERNAL_IMPORT: ChangeAuthor = { by: 'internal', org: null, source: 'import' };

/** The author of a request's mutations: the viewer's subject and organisation. */
export const mutationAuthor = (viewer: Viewer): ChangeAuthor => ({
  by: viewer.subject,
  org: viewer.org ?? null,
  source: 'mutation',
});

export type ChangeOp = 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE' | 'PURGE' | 'LINK' | 'RELINK' | 'UNLINK';

/** One changed entity or tie, with its properties before and after (null: it did not exist). */
export interface ChangeRecord {
  op: ChangeOp;
  /** The entity id; for a tie, its start (`from`). */
  entity: string;
  kind: string;
  /** For a tie: its end (`to`) and type. */
  other?: string;
  relation?: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A tie as seen from one of its ends (kept by a soft delete, given back by a restore). */
export interface TieSeenFrom {
  kind: string;
  direction: string;
  other: string;
  otherKind: string;
  props: Record<string, unknown>;
}

/** The LINK or UNLINK of a tie seen from entity `e`: the Change names the tie's start as `entity`. */
export function tieChangeFrom(op: 'LINK' | 'UNLINK', e: { id: string; kind: string }, t: TieSeenFrom): ChangeRecord {
  const outgoing = t.direction === 'OUTGOING';
  return {
    op,
    entity: outgoing ? e.id : t.other,
    kind: outgoing ? e.kind : t.otherKind,
    other: outgoing ? t.other : e.id,
    relation: t.kind,
    before: op === 'UNLINK' ? t.props : null,
    after: op === 'LINK' ? t.props : null,
  };
}

/** One field of a Change: its value before and after (null when absent). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Derived from other fields (sortName from name; validFrom/validTo from the dates, the tie counts from the
// ties and countryId from the ties to regions, re-derived after every write) or locking bookkeeping: not what
// a caller changed.
const NOT_RECORDED = new Set([
  'sortName',
  'validFrom',
  'validTo',
  'tieCount',
  'hiddenTieCount',
  'countryId',
  '_lock',
  '_created',
]);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const own = (o: Record<string, unknown>, k: string) => (Object.hasOwn(o, k) ? (o[k] ?? null) : null);

/** The fields whose value differs between two property maps (absent = null), in name order. */
export function fieldChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const b = (toNative(before) ?? {}) as Record<string, unknown>;
  const a = (toNative(after) ?? {}) as Record<string, unknown>;
  const names = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !NOT_RECORDED.has(f)).sort();
  return (
    names
      // Own properties only: a field named like one of Object.prototype's (`toString`) is absent, not a function.
      .map((field) => ({ field, before: own(b, field), after: own(a, field) }))
      .filter((f) => !same(f.before, f.after))
  );
}

// PUBLIC (absent) < PARTNERS < PRIVATE: a change is as confidential as the tie was at its most restricted.
const RESTRICTION = [null, 'PARTNERS', 'PRIVATE'];
const moreRestricted = (x: unknown, y: unknown): string | null => {
  const rank = (v: unknown) => Math.max(0, RESTRICTION.indexOf((v as string | undefined) ?? null));
  return RESTRICTION[Math.max(rank(x), rank(y))];
};

/** A Change as cypher/history/record.cypher stores it, besides seq, at and the author. */
export interface ChangeEntry {
  op: ChangeOp;
  entity: string;
  kind: string;
  other: string | null;
  relation: string | null;
  /** For a tie: the more restricted of its visibility before and after (null = PUBLIC). */
  visibility: string | null;
  /** The changed fields as JSON: `[{field, before, after}]`. */
  fields: string;
}

/**
 * What the log stores of a change, or undefined for an update whose fields did not move (no change). The bulk
 * loader writes the same rows as CSV (tools/bulk/history-csv.ts), so both paths record the same history.
 */
export function changeRow(c: ChangeRecord): ChangeEntry | undefined {
  let fields: string;
  if (c.before === null && c.after !== null) fields = createdFields(c.after);
  else {
    const changed = fieldChanges(c.before, c.after);
    // An update that moved nothing is no change; a tie created or removed is one even without properties.
    if (!changed.length && (c.op === 'UPDATE' || c.op === 'RELINK')) return undefined;
    fields = JSON.stringify(changed);
  }
  const tie = c.relation !== undefined;
  return {
    op: c.op,
    entity: c.entity,
    kind: c.kind,
    other: c.other ?? null,
    relation: c.relation ?? null,
    visibility: tie ? moreRestricted(c.before?.visibility, c.after?.visibility) : null,
    fields,
  };
}

/**
 * `JSON.stringify(fieldChanges(null, after))` for what was created, written directly: a bulk load of L records 10.6
 * million creations, and building the list and comparing each value's JSON with null's was most of their cost.
 */
export function createdFields(after: Record<string, unknown>): string {
  let out = '';
  for (const field of Object.keys(after).sort()) {
    if (NOT_RECORDED.has(field)) continue;
    const v = after[field];
    const json = v === undefined || v === null ? 'null' : JSON.stringify(toNative(v));
    if (json === 'null') continue; // as fieldChanges: a value whose JSON is null's did not change
    out += `${out ? ',' : ''}{"field":${JSON.stringify(field)},"before":null,"after":${json}}`;
  }
  return `[${out}]`;
}

/**
 * Appends changes to the history log inside `tx` (cypher/history/record.cypher), after the writes they
 * describe: an update whose fields did not move is dropped. Returns how many were recorded.
 * Call it last in a transaction: it takes the log's counter lock, held until commit.
 */
export async function recordChanges(
  tx: ManagedTransaction,
  author: ChangeAuthor,
  changes: ChangeRecord[],
): Promise<number> {
  const rows = changes.flatMap((c) => changeRow(c) ?? []);
  if (!rows.length) return 0;
  await runInTx(tx, 'history/record', { ...author, changes: rows });
  return rows.length;
}
