import { ORG_TYPES } from '../../src/model/vocabulary';
import { buildGeography, regionCount, sampleCity, sampleRegion, type Geo } from './geography';
import { SIZES, type Size } from './model';
import { COUNTRIES, EU_BODIES } from './places';
import { apportion, cumulative, Rng } from './random';
import { SECTORS } from './sectors';

/**
 * The plan of a network: how many actors of each kind, where they sit, their type, dates and main
 * sector, as numeric arrays (no strings: names are made when records are written). Organisations
 * and clusters are laid out region by region (regions country by country), so a region's or a
 * country's actors form one index range.
 */
export interface Located {
  n: number;
  region: Uint16Array;
  city: Int32Array;
  sector: Uint8Array;
}

export interface Orgs extends Located {
  /** Index into ORG_TYPES. */
  type: Uint8Array;
  founded: Uint16Array;
  /** First year the organisation takes part in cooperation (projects pick only active ones). */
  active: Uint16Array;
  /** Year it closed (0: open): its ties end the year before, it is picked no more (not written: no such field). */
  dissolved: Uint16Array;
  /** Propensity to take part in projects (by type, log-normal spread). */
  fit: Float32Array;
  /** 0 none, 1 regional government, 2 national agency, 3 ministry, 4 + k: EU body k. */
  slot: Uint8Array;
  regionStart: Int32Array;
}

export interface Clusters extends Located {
  founded: Uint16Array;
  /** Year it closed (0: still exists), as for organisations. */
  dissolved: Uint16Array;
  regionStart: Int32Array;
}

/** Projects in chronological order; `start` counts months since year 0, the last month is start + months - 1. */
export interface Projects extends Located {
  start: Int32Array;
  months: Uint8Array;
}

/** Events in chronological order. */
export interface Events extends Located {
  type: Uint8Array;
  year: Uint16Array;
  month: Uint8Array;
  day: Uint8Array;
  days: Uint8Array;
}

export interface Alliances extends Located {
  type: Uint8Array;
  founded: Uint16Array;
}

/** Programmes: scope 0 EU, 1 national (place = country), 2 regional (place = region); period 0–2. */
export interface Programmes {
  n: number;
  scope: Uint8Array;
  period: Uint8Array;
  place: Int16Array;
  nth: Int32Array;
  sector: Uint8Array;
}

/** Everything planned before writing: the geography and every actor kind. */
export interface Plan {
  size: Size;
  seed: number;
  rng: Rng;
  geo: Geo;
  orgs: Orgs;
  clusters: Clusters;
  projects: Projects;
  alliances: Alliances;
  events: Events;
  programmes: Programmes;
}

/** Index of each organisation type in ORG_TYPES. */
export const ORG_TYPE_INDEX = Object.fromEntries(ORG_TYPES.map((t, i) => [t, i])) as Record<
  (typeof ORG_TYPES)[number],
  number
>;
//                      company univ  RI  pub  dev  assoc found fund hub  park venue media other
const ORG_TYPE_SHARE = [55, 6, 9, 5, 3, 5, 2, 2, 4, 2, 2, 2, 3];
const ORG_TYPE_FIT = [1, 4, 3, 1.5, 2, 1.2, 0.8, 0.3, 1.8, 1.5, 0.2, 0.3, 1];
const FOUNDED_FROM = [1950, 1350, 1920, 1990, 1990, 1900, 1950, 1950, 2005, 1985, 1950, 1950, 1960];
const SECTOR_CUM = cumulative(SECTORS.map((s) => s.weight));
/** Chance that an organisation of a type closes before 2026 (companies and hubs come and go; institutions stay). */
const DISSOLVES = [0.15, 0, 0.02, 0, 0.03, 0.06, 0.05, 0, 0.15, 0.02, 0.03, 0.08, 0.08];

/** A year of closure at least two years after `from`, or 0 when it falls after 2025 (still open). */
function closure(rng: Rng, from: number): number {
  const year = from + 2 + Math.floor(-7 * Math.log(1 - rng.next()));
  return year <= 2025 ? year : 0;
}

/** Whether actor i of a kind with founded/dissolved years exists in `year` (closed the year it dissolved). */
export function aliveIn(x: { founded: Uint16Array; dissolved: Uint16Array }, i: number, year: number): boolean {
  return x.founded[i] <= year && (x.dissolved[i] === 0 || x.dissolved[i] > year);
}

/** The last year a tie of actors a and b (years of closure, 0: open) can hold: the first closure, else `year`. */
export function lastYear(year: number, ...closures: number[]): number {
  return closures.reduce((y, d) => (d > 0 && d - 1 < y ? d - 1 : y), year);
}

/** A main sector for an actor in region r: usually one of the region's specialisations. */
export function sectorFor(g: Geo, r: number, rng: Rng, pSpec: number): number {
  return rng.chance(pSpec) ? g.spec[r * 5 + rng.int(g.specCount[r])] : rng.weighted(SECTOR_CUM);
}

type TypedArray = Uint8Array | Uint16Array | Int16Array | Int32Array | Float32Array;

/** Zero-filled columns of `n` rows, one typed array per name. */
function columns<T extends Record<string, new (n: number) => TypedArray>>(
  n: number,
  of: T,
): { [K in keyof T]: InstanceType<T[K]> } {
  return Object.fromEntries(Object.entries(of).map(([k, Array]) => [k, new Array(n)])) as {
    [K in keyof T]: InstanceType<T[K]>;
  };
}

function located(n: number): Located {
  return { n, ...columns(n, { region: Uint16Array, city: Int32Array, sector: Uint8Array }) };
}

function regionRanges(counts: Int32Array): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  for (let r = 0; r < counts.length; r++) starts[r + 1] = starts[r] + counts[r];
  return starts;
}

function planOrgs(g: Geo, rng: Rng, n: number): Orgs {
  const R = regionCount(g);
  const forced = Array.from(
    { length: R },
    (_, r) =>
      2 +
      (g.regionLocal[r] === COUNTRIES[g.regionCountry[r]].capitalRegion ? 2 : 0) +
      (r === g.brussels ? EU_BODIES.length : 0),
  );
  const counts = apportion(
    n - forced.reduce((a, b) => a + b, 0),
    Array.from({ length: R }, (_, r) => g.regionCum[r] - (r ? g.regionCum[r - 1] : 0)),
  );
  forced.forEach((f, r) => (counts[r] += f));
  const regionStart = regionRanges(counts);
  const total = regionStart[R];
  const o: Orgs = {
    ...located(total),
    ...columns(total, {
      type: Uint8Array,
      founded: Uint16Array,
      active: Uint16Array,
      dissolved: Uint16Array,
      fit: Float32Array,
    }),
    slot: new Uint8Array(total),
    regionStart,
  };
  const capitalOf = (r: number) => g.cityStart[r];
  for (let r = 0; r < R; r++) {
    const capitalRegion = g.regionLocal[r] === COUNTRIES[g.regionCountry[r]].capitalRegion;
    for (let i = regionStart[r], k = 0; i < regionStart[r + 1]; i++, k++) {
      let type: number;
      let slot = 0;
      if (k === 0) [type, slot] = [ORG_TYPE_INDEX['public-authority'], 1];
      else if (k === 1) type = ORG_TYPE_INDEX.university;
      else if (capitalRegion && k === 2) [type, slot] = [ORG_TYPE_INDEX.funder, 2];
      else if (capitalRegion && k === 3) [type, slot] = [ORG_TYPE_INDEX['public-authority'], 3];
      else if (r === g.brussels && k < 4 + EU_BODIES.length) [type, slot] = [ORG_TYPE_INDEX[EU_BODIES[k - 4][2]], k];
      else type = rng.choose(ORG_TYPE_SHARE);
      o.type[i] = type;
      o.slot[i] = slot;
      o.region[i] = r;
      o.city[i] = slot || k === 1 ? capitalOf(r) : sampleCity(g, r, rng);
      o.sector[i] = sectorFor(g, r, rng, 0.75);
      const from = FOUNDED_FROM[type];
      const young = type === 0 || type === ORG_TYPE_INDEX['innovation-hub'];
      o.founded[i] = slot
        ? rng.between(1990, 2004)
        : young
          ? Math.min(2025, Math.max(from, 2026 - Math.round(rng.lognormal(type ? 8 : 14, 0.8))))
          : rng.between(from, 2025);
      const entry = k < 2 || slot || rng.chance(0.3) ? 2005 : rng.between(2006, 2025);
      o.active[i] = Math.max(entry, o.founded[i]);
      o.fit[i] = ORG_TYPE_FIT[type] * rng.lognormal(1, 0.4);
    }
  }
  // Closures are drawn from their own stream so that the rest of the plan does not change with them.
  const closing = rng.fork('dissolution');
  for (let i = 0; i < total; i++)
    if (!o.slot[i] && closing.chance(DISSOLVES[o.type[i]])) o.dissolved[i] = closure(closing, o.active[i]);
  return o;
}

function planClusters(g: Geo, rng: Rng, n: number): Clusters {
  const R = regionCount(g);
  const regionStart = regionRanges(
    apportion(
      n,
      Array.from({ length: R }, (_, r) => g.regionCum[r] - (r ? g.regionCum[r - 1] : 0)),
    ),
  );
  const c: Clusters = { ...located(n), founded: new Uint16Array(n), dissolved: new Uint16Array(n), regionStart };
  for (let r = 0; r < R; r++) {
    for (let i = regionStart[r]; i < regionStart[r + 1]; i++) {
      c.region[i] = r;
      c.city[i] = sampleCity(g, r, rng);
      c.sector[i] = sectorFor(g, r, rng, 0.85);
      c.founded[i] = Math.min(2024, Math.max(2005, Math.round(2012 + 5 * rng.normal())));
    }
  }
  const closing = rng.fork('dissolution');
  for (let i = 0; i < n; i++) if (closing.chance(0.06)) c.dissolved[i] = closure(closing, c.founded[i]);
  return c;
}

function placeAll(g: Geo, rng: Rng, x: Located, pSpec: number, region?: (i: number) => number): void {
  for (let i = 0; i < x.n; i++) {
    const r = region ? region(i) : sampleRegion(g, rng);
    x.region[i] = r;
    x.city[i] = sampleCity(g, r, rng);
    x.sector[i] = sectorFor(g, r, rng, pSpec);
  }
}

/** Weight of project starts by the year of a funding period (2007–2013, 2014–2020, 2021–2027) a year is in. */
const PERIOD_PHASE = [1.35, 1.35, 1, 1, 1, 1, 0.7];
const periodYear = (year: number) => (year - 2007) % 7;

function planProjects(g: Geo, rng: Rng, n: number): Projects {
  // Calls come in waves: more projects start in the first two years of a funding period and fewer in
  // its last, and most start in the two months after a call round closes (January–March, September–October).
  const years = Array.from({ length: 20 }, (_, k) => (1 + 0.08 * k) * PERIOD_PHASE[periodYear(2007 + k)]);
  const month = () => {
    const u = rng.next();
    return u < 0.4 ? rng.int(3) : u < 0.75 ? 8 + rng.int(2) : rng.int(12);
  };
  const start = new Int32Array(n).map(() => (2007 + rng.choose(years)) * 12 + month()).sort();
  const last = 2026 * 12 + 11;
  const months = new Uint8Array(n).map((_, i) => Math.max(1, Math.min(rng.between(12, 48), last - start[i] + 1)));
  const p: Projects = { ...located(n), start, months };
  placeAll(g, rng, p, 0.7);
  return p;
}

function planEvents(g: Geo, rng: Rng, n: number): Events {
  const years = Array.from({ length: 22 }, (_, k) => 1 + 0.1 * k);
  const keys = new Int32Array(n)
    .map(() => (2005 + rng.choose(years)) * 512 + rng.between(1, 12) * 32 + rng.between(1, 24))
    .sort();
  const e: Events = {
    ...located(n),
    ...columns(n, { type: Uint8Array, year: Uint16Array, month: Uint8Array, day: Uint8Array, days: Uint8Array }),
  };
  const share = [25, 5, 12, 8, 15, 20, 8, 2, 5]; // EVENT_TYPES order
  const maxDays = [3, 4, 5, 1, 1, 1, 4, 1, 2];
  for (let i = 0; i < n; i++) {
    e.year[i] = keys[i] >> 9;
    e.month[i] = (keys[i] >> 5) & 15;
    e.day[i] = keys[i] & 31;
    e.type[i] = rng.choose(share);
    e.days[i] = rng.between(1, maxDays[e.type[i]]);
  }
  placeAll(g, rng, e, 0.6);
  return e;
}

function planAlliances(g: Geo, rng: Rng, n: number): Alliances {
  const a: Alliances = { ...located(n), type: new Uint8Array(n), founded: new Uint16Array(n) };
  for (let i = 0; i < n; i++) {
    a.type[i] = rng.choose([35, 20, 30, 15]); // ALLIANCE_TYPES order
    a.founded[i] = rng.between(2005, 2022);
  }
  placeAll(g, rng, a, 0.3, () => (rng.chance(0.35) ? g.brussels : sampleRegion(g, rng)));
  return a;
}

function planProgrammes(g: Geo, rng: Rng, n: number): Programmes {
  const p: Programmes = {
    n,
    ...columns(n, { scope: Uint8Array, period: Uint8Array, place: Int16Array, nth: Int32Array, sector: Uint8Array }),
  };
  const eu = Math.round(n * 0.25);
  for (let i = 0; i < n; i++) {
    const r = sampleRegion(g, rng);
    p.scope[i] = i < eu ? 0 : rng.chance(0.55) ? 1 : 2;
    p.period[i] = i < eu ? i % 3 : rng.choose([25, 35, 40]);
    p.nth[i] = i < eu ? Math.floor(i / 3) : 0;
    p.place[i] = p.scope[i] === 0 ? -1 : p.scope[i] === 1 ? g.regionCountry[r] : r;
    p.sector[i] = p.scope[i] === 2 ? sectorFor(g, r, rng, 0.8) : rng.weighted(SECTOR_CUM);
  }
  return p;
}

/** Plans a network of a size for a seed (everything but the ties, which are drawn while writing). */
export function planNetwork(size: Size, seed: number): Plan {
  const f = SIZES[size].factor;
  const rng = new Rng(seed);
  const geo = buildGeography(rng, f);
  return {
    size,
    seed,
    rng,
    geo,
    orgs: planOrgs(geo, rng.fork('orgs'), Math.round(5200 * f)),
    clusters: planClusters(geo, rng.fork('clusters'), Math.round(280 * f)),
    projects: planProjects(geo, rng.fork('projects'), Math.round(2800 * f)),
    alliances: planAlliances(geo, rng.fork('alliances'), Math.round(60 * f)),
    events: planEvents(geo, rng.fork('events'), Math.round(500 * f)),
    programmes: planProgrammes(geo, rng.fork('programmes'), Math.round(60 * f)),
  };
}
