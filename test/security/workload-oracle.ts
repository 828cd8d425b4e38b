/**
 * The oracle of the concurrent-workload property test: given every operation with its answer and its
 * time span, and the final graph, it lists the contradictions, i.e. facts that no order of the
 * operations consistent with their time spans could produce. It only ever accepts too much, never too
 * little: an operation may take effect at any moment between its start and its end.
 */

/** 'OK', or the error code the answer carried. */
export type Outcome = string;

export type Op =
  | { op: 'upsert'; kind: string; id: string; name: string; sources: string[] }
  | TieOp
  | { op: 'delete'; id: string }
  | {
      op: 'import';
      entities: { kind: string; id: string; name: string }[];
      relations: { type: string; from: string; to: string }[];
    };

/** A link or an unlink. */
export type TieOp = { op: 'link' | 'unlink'; type: string; from: string; to: string; sources: string[] };

export interface Done {
  op: Op;
  start: number;
  end: number;
  outcome: Outcome;
  /** For an error: its message and the id it names (extensions.id). */
  message?: string;
  errorId?: string;
  /** unlink: whether it removed a relationship; delete: what it reported as detached. */
  removed?: boolean;
  detached?: { kind: string; direction: string; other: string }[];
}

export interface FinalGraph {
  entities: { id: string; labels: string[]; kind: string; name: string; sources: string[] }[];
  relations: { from: string; type: string; to: string; sources: string[] }[];
}

interface Write {
  kind: string;
  name: string;
  start: number;
  end: number;
}
interface Tie {
  sources: string[];
  start: number;
  end: number;
}

const tieKey = (from: string, type: string, to: string) => `${from}|${type}|${to}`;
const same = (a: string[], b: string[]) => [...a].sort().join(',') === [...b].sort().join(',');

/** Lists the contradictions between the answers given and the final graph (empty: consistent). */
export function contradictions(done: Done[], final: FinalGraph, initial: (Write & { id: string })[] = []): string[] {
  const found: string[] = [];
  const writes = new Map<string, Write[]>();
  const deletes = new Map<string, Done[]>();
  const links = new Map<string, Tie[]>();
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => m.set(k, [...(m.get(k) ?? []), v]);
  for (const w of initial) push(writes, w.id, w);
  for (const d of done.filter((x) => x.outcome === 'OK')) {
    const o = d.op;
    if (o.op === 'upsert') push(writes, o.id, { kind: o.kind, name: o.name, start: d.start, end: d.end });
    if (o.op === 'import') {
      for (const e of o.entities) push(writes, e.id, { kind: e.kind, name: e.name, start: d.start, end: d.end });
      for (const r of o.relations)
        push(links, tieKey(r.from, r.type, r.to), { sources: [], start: d.start, end: d.end });
    }
    if (o.op === 'link') push(links, tieKey(o.from, o.type, o.to), { sources: o.sources, start: d.start, end: d.end });
    if (o.op === 'delete') push(deletes, o.id, d);
  }
  const okDeletes = (id: string) => deletes.get(id) ?? [];
  const entities = new Map(final.entities.map((e) => [e.id, e]));
  const relations = new Map(final.relations.map((r) => [tieKey(r.from, r.type, r.to), r]));

  // Entities: one kind; what is stored was written, by the last write; what is gone was deleted.
  for (const e of final.entities) {
    const kinds = e.labels.filter((l) => l !== 'Entity');
    if (kinds.length !== 1 || kinds[0] !== e.kind) found.push(`${e.id} has kinds ${kinds.join('+')} (kind ${e.kind})`);
    const w = (writes.get(e.id) ?? []).find((x) => x.kind === e.kind && x.name === e.name);
    if (!w) {
      found.push(`${e.id} holds ${e.kind} "${e.name}", which no acknowledged write stored`);
      continue;
    }
    const later = [...(writes.get(e.id) ?? []).filter((x) => x !== w), ...okDeletes(e.id)].find((x) => x.start > w.end);
    if (later)
      found.push(`${e.id} holds "${e.name}" although an acknowledged change of it began after that write ended`);
  }
  for (const [id, ws] of writes) {
    if (entities.has(id)) continue;
    for (const w of ws)
      if (!okDeletes(id).some((d) => d.end > w.start))
        found.push(`${id} is gone although written ("${w.name}") with no delete after`);
  }
  for (const [id, ds] of deletes) {
    for (const d of ds)
      if (!(writes.get(id) ?? []).some((w) => w.start < d.end))
        found.push(`delete of ${id} answered OK though nothing wrote it before`);
    for (const a of ds) {
      for (const b of ds) {
        if (a !== b && a.end < b.start && !(writes.get(id) ?? []).some((w) => w.end > a.start && w.start < b.end))
          found.push(`${id} deleted twice in a row with no write between`);
      }
    }
  }

  // Relationships: stored ones were linked; a link answered OK is stored, unlinked, or reported detached.
  for (const [key, r] of relations) {
    const ties = links.get(key) ?? [];
    if (!ties.length) found.push(`${key} is stored, yet no acknowledged link made it`);
    else if (!ties.some((t) => same(t.sources, r.sources)))
      found.push(`${key} cites [${r.sources.join(', ')}], which no acknowledged link set`);
  }
  for (const d of done.filter((x) => x.outcome === 'OK' && x.op.op === 'link')) {
    const o = d.op as TieOp;
    const key = tieKey(o.from, o.type, o.to);
    if (relations.has(key)) continue;
    const unlinked = done.some(
      (u) =>
        u.outcome === 'OK' &&
        u.op.op === 'unlink' &&
        u.removed &&
        tieKey(u.op.from, u.op.type, u.op.to) === key &&
        u.end > d.start,
    );
    const reported = (id: string, direction: string, other: string) =>
      okDeletes(id).some(
        (x) =>
          x.end > d.start &&
          x.detached!.some((t) => t.kind === o.type && t.direction === direction && t.other === other),
      );
    if (!unlinked && !reported(o.from, 'OUTGOING', o.to) && !reported(o.to, 'INCOMING', o.from))
      found.push(`link ${key} answered OK, but it is neither stored, unlinked nor reported as detached`);
  }
  for (const [id, ds] of deletes) {
    for (const d of ds) {
      for (const t of d.detached ?? []) {
        const key = t.direction === 'OUTGOING' ? tieKey(id, t.kind, t.other) : tieKey(t.other, t.kind, id);
        if (!(links.get(key) ?? []).some((l) => l.start < d.end))
          found.push(`delete of ${id} reported ${key} as detached, which no link made`);
      }
    }
  }
  for (const u of done.filter((x) => x.outcome === 'OK' && x.op.op === 'unlink' && x.removed)) {
    const o = u.op as TieOp;
    if (!(links.get(tieKey(o.from, o.type, o.to)) ?? []).some((l) => l.start < u.end))
      found.push(`unlink ${tieKey(o.from, o.type, o.to)} removed a relationship no link made`);
  }

  // Citations name existing sources.
  const sources = new Set(final.entities.filter((e) => e.kind === 'Source').map((e) => e.id));
  for (const e of final.entities)
    for (const s of e.sources) if (!sources.has(s)) found.push(`${e.id} cites the missing source ${s}`);
  for (const r of final.relations)
    for (const s of r.sources)
      if (!sources.has(s)) found.push(`${tieKey(r.from, r.type, r.to)} cites the missing source ${s}`);

  // Refusals are true: CONFLICT names a kind some write gave the id; NOT_FOUND an id that may have been absent.
  for (const d of done) {
    // A deadlock that outlived the retries is CONFLICT too ("…a concurrent change; read again and retry"): true, names
    // no kind.
    if (
      d.outcome === 'CONFLICT' &&
      d.op.op === 'upsert' &&
      !/a concurrent change; read again and retry$/.test(d.message ?? '')
    ) {
      const kind = /already exists as an? (\w+)/.exec(d.message ?? '')?.[1];
      if (!(writes.get(d.op.id) ?? []).some((w) => w.kind === kind && w.start < d.end))
        found.push(
          `upsert of ${d.op.id} refused with CONFLICT "${d.message}": no write gave it ${kind ? `the kind ${kind}` : 'another kind'}`,
        );
    }
    if (d.outcome === 'NOT_FOUND' && d.errorId) {
      const id = d.errorId;
      const existed = (writes.get(id) ?? []).some(
        (w) => w.end < d.start && !okDeletes(id).some((x) => x.end > w.start && x.start < d.end),
      );
      if (existed) found.push(`${d.op.op} answered NOT_FOUND for ${id}, which existed throughout`);
    }
  }
  return found;
}
