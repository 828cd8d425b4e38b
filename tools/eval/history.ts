import fs from 'node:fs';
import readline from 'node:readline';
import { COOPERATION_RELATIONS, type RelationType } from '../../src/model/vocabulary';
import { existsFrom, holdsOn, tieInterval, type DatedEntity } from './intervals';

// A dated network read from an import file, and the network as it stood on a day: what the temporal
// evaluation loads into its snapshot database and what the baselines and the future are computed from.

type Rec = Record<string, unknown> & {
  record: string;
  id: string;
  kind: string;
  type: RelationType;
  from: string;
  to: string;
};

/** A cooperation tie with the days it holds. */
export interface TimedTie {
  a: string;
  b: string;
  from: string;
  to: string;
}

/** The whole history: entities, every record (to write snapshots), cooperation ties with their intervals. */
export interface History {
  entities: Map<string, DatedEntity & { id: string }>;
  records: Rec[];
  ties: TimedTie[];
  /** Cooperation ties by end. */
  tiesOf: Map<string, TimedTie[]>;
}

const COOPERATION = new Set<string>(COOPERATION_RELATIONS);
const ACTORS = new Set(['Cluster', 'Organisation']);

/** Whether an entity is an actor matching recommends (a cluster or an organisation). */
export const isActor = (e: DatedEntity | undefined) => !!e && ACTORS.has(e.kind);

/** Reads a JSON Lines import file (entities before relations, as the generator writes). */
export async function readHistory(file: string): Promise<History> {
  const entities: History['entities'] = new Map();
  const records: Rec[] = [];
  const ties: TimedTie[] = [];
  const tiesOf = new Map<string, TimedTie[]>();
  for await (const line of readline.createInterface({ input: fs.createReadStream(file) })) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Rec;
    records.push(r);
    if (r.record === 'entity') entities.set(r.id, r);
    else if (COOPERATION.has(r.type)) {
      const [from, to] = tieInterval(r, (id) => entities.get(id));
      const t = { a: r.from, b: r.to, from, to };
      ties.push(t);
      for (const end of [r.from, r.to]) {
        const list = tiesOf.get(end);
        if (list) list.push(t);
        else tiesOf.set(end, [t]);
      }
    }
  }
  return { entities, records, ties, tiesOf };
}

/** The records of the network as it stood on `day`: entities that existed, ties that held between them. */
export function* snapshotRecords(h: History, day: string): Generator<Rec> {
  const exists = (id: string) => {
    const e = h.entities.get(id);
    return !!e && existsFrom(e) <= day;
  };
  for (const r of h.records) {
    if (r.record === 'entity') {
      if (exists(r.id)) yield r;
    } else if (exists(r.from) && exists(r.to)) {
      if (
        !COOPERATION.has(r.type) ||
        holdsOn(
          tieInterval(r, (id) => h.entities.get(id)),
          day,
        )
      )
        yield r;
    }
  }
}

/** Writes the snapshot of `day` as an import file; returns how many records it holds. */
export async function writeSnapshot(h: History, day: string, file: string): Promise<number> {
  const out = fs.createWriteStream(file);
  let n = 0;
  for (const r of snapshotRecords(h, day)) {
    n++;
    if (!out.write(JSON.stringify(r) + '\n')) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise((resolve) => out.end(resolve));
  return n;
}

/**
 * The cooperation graph on `day`: who each entity is tied to, and each actor's partners as matching
 * defines them (tied directly, or through a common context of at most maxContext ties).
 */
export class Snapshot {
  readonly adjacent = new Map<string, string[]>();
  private readonly partnerCache = new Map<string, Set<string>>();

  constructor(
    readonly h: History,
    readonly day: string,
    readonly maxContext: number,
  ) {
    for (const t of h.ties) {
      if (!holdsOn([t.from, t.to], day)) continue;
      for (const [x, y] of [
        [t.a, t.b],
        [t.b, t.a],
      ]) {
        const list = this.adjacent.get(x);
        if (list) list.push(y);
        else this.adjacent.set(x, [y]);
      }
    }
  }

  /** Whether an entity existed on the day. */
  exists(id: string): boolean {
    const e = this.h.entities.get(id);
    return !!e && existsFrom(e) <= this.day;
  }

  /** Cooperation ties on the day (what the matcher's EXPERIENCE and preferential attachment count). */
  ties(id: string): number {
    return this.adjacent.get(id)?.length ?? 0;
  }

  /** Partners on the day: direct ties and co-members of contexts of at most maxContext ties. */
  partners(id: string): Set<string> {
    let out = this.partnerCache.get(id);
    if (out) return out;
    out = new Set<string>();
    for (const x of this.adjacent.get(id) ?? []) {
      out.add(x);
      if (this.ties(x) <= this.maxContext) for (const y of this.adjacent.get(x)!) if (y !== id) out.add(y);
    }
    this.partnerCache.set(id, out);
    return out;
  }
}

/**
 * The day each other entity first cooperated with `u` over the whole history, by the same definition
 * (a direct tie from its start; a common context from the later of the two ties' starts, if the ties
 * overlap; contexts of more than maxContext ties over all history introduce nobody).
 */
export function firstCooperation(h: History, u: string, maxContext: number): Map<string, string> {
  const first = new Map<string, string>();
  const note = (v: string, day: string) => {
    if (v === u) return;
    const was = first.get(v);
    if (was === undefined || day < was) first.set(v, day);
  };
  for (const t of h.tiesOf.get(u) ?? []) {
    const x = t.a === u ? t.b : t.a;
    note(x, t.from);
    const around = h.tiesOf.get(x)!;
    if (around.length > maxContext) continue;
    for (const s of around) {
      if (s === t) continue;
      const from = s.from > t.from ? s.from : t.from;
      const to = s.to < t.to ? s.to : t.to;
      if (from <= to) note(s.a === x ? s.b : s.a, from);
    }
  }
  return first;
}
