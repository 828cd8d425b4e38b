import { maySeeTie, PUBLIC_SCOPE } from '../../src/auth/visibility';
import type { EntityRecord, ParsedRecord, RelationRecord } from '../../src/import/records';
import { COOPERATION_RELATIONS } from '../../src/model/vocabulary';

/**
 * The migrations whose data steps derive what `deriveForBulk` computes (intervals, tie summaries, countries): after a
 * bulk load they have nothing to do, and at L their walks over a million entities took most of the load (1,643 of
 * 2,251 s on 2026-12-02), so the bulk loader applies these migrations' statements without the walks.
 */
export const DERIVED_IN_CONVERSION: ReadonlySet<string> = new Set([
  '006-tie-intervals',
  '008-tie-summaries',
  '009-entity-country',
]);

/** A day as a number (days since 1970-01-01); NONE for an absent date. */
const NONE = -0x80000000;
const COOPERATION = new Set<string>(COOPERATION_RELATIONS);
const PLACE = new Set(['LOCATED_IN', 'PART_OF']);
/** How far the country walk goes, as cypher/list/store-countries does (`*0..10`). */
const COUNTRY_HOPS = 10;
const UNBOUNDED_FROM = '0000-01-01';
const UNBOUNDED_TO = '9999-12-31';

/** Whether anyone may see the tie (absent or PUBLIC visibility): the ties a summary counts as public. */
const isPublic = (r: RelationRecord) => maySeeTie(PUBLIC_SCOPE, r.from, r.to, r.visibility as string | undefined);

// Days from and to a civil date (proleptic Gregorian, any year), after H. Hinnant's algorithms: JavaScript's Date
// maps the years 0–99 to 1900–1999 and would need a detour for them.
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): string {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const FULL = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-\d{2}$/;

/**
 * The first day of a partial date, as cypher/time/derive-intervals reads it: "2018" → 2018-01-01, "2018-05" →
 * 2018-05-01, a full date itself (a day past the month's end rolls over, as there); anything else → NONE.
 */
function firstDay(s: unknown): number {
  if (typeof s !== 'string') return NONE;
  const y = Number(s.slice(0, 4));
  if (FULL.test(s)) return daysFromCivil(y, Number(s.slice(5, 7)), 1) + Number(s.slice(8, 10)) - 1;
  if (YEAR.test(s)) return daysFromCivil(y, 1, 1);
  if (MONTH.test(s)) return daysFromCivil(y, Number(s.slice(5, 7)), 1);
  return NONE;
}

/** The last day of a partial date: "2018" → 2018-12-31, "2018-02" → 2018-02-28, a full date its first day. */
function lastDay(s: unknown): number {
  if (typeof s !== 'string') return NONE;
  const y = Number(s.slice(0, 4));
  if (YEAR.test(s)) return daysFromCivil(y, 12, 31);
  if (MONTH.test(s)) {
    const m = Number(s.slice(5, 7));
    return (m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1)) - 1;
  }
  return firstDay(s);
}

/** When an entity exists: founded–dissolved; a project or programme startDate–endDate; an event from its start. */
function entityTexts(e: EntityRecord): [unknown, unknown] {
  if (e.kind === 'Project' || e.kind === 'Programme') return [e.startDate, e.endDate];
  if (e.kind === 'Event') return [e.startDate, null];
  return [e.founded, e.dissolved];
}

/** When a cooperation tie holds: its own since / until, else its context's dates (cypher/time/derive-intervals). */
function tieTexts(type: string, since: unknown, until: unknown, c: EntityRecord): [unknown, unknown] {
  const from =
    since ??
    (type === 'PARTNER_OF'
      ? null
      : type === 'MEMBER_OF'
        ? c.founded
        : type === 'FOUNDED'
          ? (c.founded ?? c.startDate)
          : c.startDate);
  const to = until ?? (type === 'PARTICIPATES_IN' ? c.endDate : type === 'MEMBER_OF' ? c.dissolved : null);
  return [from ?? null, to ?? null];
}

/**
 * What the migrations' data steps (and the online import after its writes) derive from the records, computed in
 * the converter where every record is in memory: when each entity exists and each cooperation tie holds
 * (validFrom / validTo), each entity's tie summary (tieCount, hiddenTieCount and the intervals of its public ties
 * for its TieSpans node) and its country (countryId). Each is computed as the named Cypher computes it
 * (cypher/time/derive-intervals, cypher/time/tie-summaries, cypher/list/store-countries), so a bulk load stores the
 * graph the online import stores (test/bulk checks every property and every TieSpans; test/unit/bulk-derived pins
 * each rule): a change to the rules of those statements must be made here too, or the two paths drift apart.
 * Days are kept in typed arrays: at L the spans alone are 19 M pairs.
 */
export class BulkDerived {
  private readonly index = new Map<string, number>();
  private readonly entities: EntityRecord[] = [];
  private readonly eFrom: Int32Array;
  private readonly eTo: Int32Array;
  private readonly rFrom: Int32Array;
  private readonly rTo: Int32Array;
  private readonly hidden: Int32Array;
  /** Offsets of each entity's public tie spans in spanFrom / spanTo (n + 1 entries). */
  private readonly spanStart: Int32Array;
  private readonly spanFrom: Int32Array;
  private readonly spanTo: Int32Array;
  private readonly country: (string | undefined)[];
  private readonly days = new Map<number, string>();

  constructor(records: ParsedRecord[]) {
    for (const { entity } of records)
      if (entity) {
        this.index.set(entity.id, this.entities.length);
        this.entities.push(entity);
      }
    const n = this.entities.length;
    this.eFrom = new Int32Array(n);
    this.eTo = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const [from, to] = entityTexts(this.entities[i]);
      this.eFrom[i] = firstDay(from);
      this.eTo[i] = lastDay(to);
    }
    let m = 0;
    for (const { relation } of records) if (relation) m++;
    this.rFrom = new Int32Array(m).fill(NONE);
    this.rTo = new Int32Array(m).fill(NONE);
    this.hidden = new Int32Array(n);
    const publicTies = new Int32Array(n);
    const up: number[][] = Array.from({ length: n }, () => []);
    let j = 0;
    for (const { relation: r } of records) {
      if (!r) continue;
      const a = this.index.get(r.from)!;
      const b = this.index.get(r.to)!;
      if (COOPERATION.has(r.type)) {
        const context = this.entities[r.type === 'EVENT_OF' ? a : b];
        const [from, to] = tieTexts(r.type, r.since, r.until, context);
        this.rFrom[j] = firstDay(from);
        this.rTo[j] = lastDay(to);
        const counts = isPublic(r) ? publicTies : this.hidden;
        counts[a]++;
        counts[b]++;
      } else if (PLACE.has(r.type)) up[a].push(b);
      j++;
    }
    // Each entity's public spans, both ends of each tie: offsets first, then a second pass fills them.
    this.spanStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.spanStart[i + 1] = this.spanStart[i] + publicTies[i];
    this.spanFrom = new Int32Array(this.spanStart[n]);
    this.spanTo = new Int32Array(this.spanStart[n]);
    const next = this.spanStart.slice(0, n);
    j = 0;
    for (const { relation: r } of records) {
      if (!r) continue;
      if (COOPERATION.has(r.type) && isPublic(r))
        for (const end of [this.index.get(r.from)!, this.index.get(r.to)!]) {
          this.spanFrom[next[end]] = this.rFrom[j];
          this.spanTo[next[end]++] = this.rTo[j];
        }
      j++;
    }
    this.country = this.entities.map((_, i) => this.countryOf(i, up));
  }

  /**
   * The one country region reached from entity `i` over LOCATED_IN and PART_OF within 10 ties (itself when it is
   * one), '*' when several are, undefined when none is: a breadth-first walk reaches what a variable-length
   * pattern of at most 10 ties reaches.
   */
  private countryOf(i: number, up: number[][]): string | undefined {
    const found = new Set<string>();
    const seen = new Set([i]);
    let frontier = [i];
    for (let depth = 0; frontier.length; depth++) {
      const further: number[] = [];
      for (const x of frontier) {
        const e = this.entities[x];
        if (e.kind === 'Region' && e.level === 'country') found.add(e.id);
        if (depth < COUNTRY_HOPS)
          for (const y of up[x])
            if (!seen.has(y)) {
              seen.add(y);
              further.push(y);
            }
      }
      frontier = further;
    }
    return found.size === 0 ? undefined : found.size === 1 ? [...found][0] : '*';
  }

  private day(d: number): string | undefined {
    if (d === NONE) return undefined;
    let s = this.days.get(d);
    if (s === undefined) this.days.set(d, (s = civilFromDays(d)));
    return s;
  }

  /** The derived properties of an entity, by its id. */
  entity(id: string): Record<string, unknown> {
    const i = this.index.get(id)!;
    return {
      validFrom: this.day(this.eFrom[i]),
      validTo: this.day(this.eTo[i]),
      tieCount: this.spanStart[i + 1] - this.spanStart[i],
      hiddenTieCount: this.hidden[i],
      countryId: this.country[i],
    };
  }

  /** The derived properties of the `j`-th relation of the records (absent for a tie that is not cooperation). */
  relation(j: number): Record<string, unknown> {
    return { validFrom: this.day(this.rFrom[j]), validTo: this.day(this.rTo[j]) };
  }

  /** Each entity with public ties and the intervals of those ties (an unbounded end as 0000-01-01 / 9999-12-31). */
  *spans(): Generator<{ id: string; from: string[]; to: string[] }> {
    for (let i = 0; i < this.entities.length; i++) {
      const [start, end] = [this.spanStart[i], this.spanStart[i + 1]];
      if (start === end) continue;
      const from: string[] = [];
      const to: string[] = [];
      for (let k = start; k < end; k++) {
        from.push(this.day(this.spanFrom[k]) ?? UNBOUNDED_FROM);
        to.push(this.day(this.spanTo[k]) ?? UNBOUNDED_TO);
      }
      yield { id: this.entities[i].id, from, to };
    }
  }
}
