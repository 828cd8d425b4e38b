import { aliases, rel, type EntityRec, type RelationRec } from './model';
import { COUNTRIES, LAND_BORDERS } from './places';
import { placeName } from './names';
import { apportion, cumulative, Rng } from './random';
import { SECTORS } from './sectors';

/**
 * The geography of a generated network: Europe → 30 countries → their real first-level regions →
 * generated towns. Regions and towns are numbered so that each country's regions, and each region's
 * towns, are contiguous; towns are Zipf-sized (a region's first town is its largest).
 */
export interface Geo {
  seed: number;
  /** Region index range of country c: [countryStart[c], countryStart[c + 1]). */
  countryStart: Int32Array;
  regionCountry: Uint8Array;
  regionLocal: Uint8Array;
  regionPop: Float64Array;
  regionArea: Float64Array;
  /** How much innovation activity a region attracts (actors are placed ∝ this). */
  regionCum: Float64Array;
  /** Town index range of region r: [cityStart[r], cityStart[r + 1]). */
  cityStart: Int32Array;
  cityRegion: Uint16Array;
  /** Running sums of town weights (bigger towns attract more actors). */
  cityCum: Float64Array;
  neighbours: number[][];
  /** The 3–5 smart-specialisation sectors of region r: spec[r * 5 .. r * 5 + specCount[r]). */
  spec: Uint8Array;
  specCount: Uint8Array;
  brussels: number;
}

/** Id of the macro-region all countries are PART_OF. */
export const EUROPE_ID = 'region-europe';
const POP_YEAR = 2023;

/** Plans the geography for a size factor: regions' population, area and specialisations, town counts. */
export function buildGeography(rng: Rng, factor: number): Geo {
  const r0 = rng.fork('geography');
  const countryStart = new Int32Array(COUNTRIES.length + 1);
  COUNTRIES.forEach((c, i) => (countryStart[i + 1] = countryStart[i] + c.regions.length));
  const R = countryStart[COUNTRIES.length];
  const regionCountry = new Uint8Array(R);
  const regionLocal = new Uint8Array(R);
  const regionPop = new Float64Array(R);
  const regionArea = new Float64Array(R);
  const activity = new Float64Array(R);
  const spec = new Uint8Array(R * 5);
  const specCount = new Uint8Array(R);
  const sectorCum = cumulative(SECTORS.map((s) => s.weight));
  COUNTRIES.forEach((c, ci) => {
    const n = c.regions.length;
    const popW = Array.from({ length: n }, (_, k) => r0.lognormal(1, 0.5) * (k === c.capitalRegion ? 1.8 : 1));
    const areaW = Array.from({ length: n }, (_, k) => r0.lognormal(1, 0.5) * (k === c.capitalRegion ? 0.3 : 1));
    const popSum = popW.reduce((a, b) => a + b, 0);
    const areaSum = areaW.reduce((a, b) => a + b, 0);
    const strengths = [r0.weighted(sectorCum), r0.weighted(sectorCum)];
    for (let k = 0; k < n; k++) {
      const r = countryStart[ci] + k;
      regionCountry[r] = ci;
      regionLocal[r] = k;
      regionPop[r] = Math.round((c.popM * 1e6 * popW[k]) / popSum / 100) * 100;
      regionArea[r] = Math.max(1, Math.round((c.areaK * 1000 * areaW[k]) / areaSum));
      activity[r] =
        Math.pow(regionPop[r], 0.9) * c.innovation * r0.lognormal(1, 0.3) * (k === c.capitalRegion ? 1.5 : 1);
      const want = r0.between(3, 5);
      while (specCount[r] < want) {
        const s = specCount[r] < 2 && r0.chance(0.5) ? strengths[specCount[r]] : r0.weighted(sectorCum);
        if (!spec.subarray(r * 5, r * 5 + specCount[r]).includes(s)) spec[r * 5 + specCount[r]++] = s;
      }
    }
  });
  const cityCounts = apportion(
    Math.max(0, Math.round(950 * factor) - R),
    Array.from(regionPop, (p) => Math.pow(p, 0.8)),
  );
  const cityStart = new Int32Array(R + 1);
  for (let r = 0; r < R; r++) cityStart[r + 1] = cityStart[r] + cityCounts[r] + 1;
  const cities = cityStart[R];
  const cityRegion = new Uint16Array(cities);
  const cityW = new Float64Array(cities);
  for (let r = 0; r < R; r++) {
    for (let c = cityStart[r]; c < cityStart[r + 1]; c++) {
      cityRegion[c] = r;
      cityW[c] = 1 / Math.pow(c - cityStart[r] + 1, 0.9);
    }
  }
  const index = new Map(COUNTRIES.map((c, i) => [c.code, i]));
  const neighbours: number[][] = COUNTRIES.map(() => []);
  for (const [a, b] of LAND_BORDERS) {
    neighbours[index.get(a)!].push(index.get(b)!);
    neighbours[index.get(b)!].push(index.get(a)!);
  }
  const be = index.get('BE')!;
  return {
    seed: rng.seed,
    countryStart,
    regionCountry,
    regionLocal,
    regionPop,
    regionArea,
    regionCum: cumulative(activity),
    cityStart,
    cityRegion,
    cityCum: cumulative(cityW),
    neighbours,
    spec,
    specCount,
    brussels: countryStart[be] + COUNTRIES[be].capitalRegion,
  };
}

/** Number of regions (first level). */
export const regionCount = (g: Geo) => g.regionCountry.length;
/** Id of country c. */
export const countryId = (c: number) => `region-${COUNTRIES[c].code.toLowerCase()}`;
/** Id of first-level region r. */
export const regionId = (g: Geo, r: number) => `${countryId(g.regionCountry[r])}-${g.regionLocal[r] + 1}`;
/** Id of town c. */
export const cityId = (g: Geo, c: number) => {
  const r = g.cityRegion[c];
  return `city-${COUNTRIES[g.regionCountry[r]].code.toLowerCase()}-${g.regionLocal[r] + 1}-${c - g.cityStart[r] + 1}`;
};
/** Display name of region r. */
export const regionName = (g: Geo, r: number) => COUNTRIES[g.regionCountry[r]].regions[g.regionLocal[r]];

/** Whether town c is its country's capital. */
export function isCapital(g: Geo, c: number): boolean {
  const r = g.cityRegion[c];
  return c === g.cityStart[r] && g.regionLocal[r] === COUNTRIES[g.regionCountry[r]].capitalRegion;
}

/** Display name of town c (a pure function of the seed and c). */
export function cityName(g: Geo, c: number): string {
  const country = COUNTRIES[g.regionCountry[g.cityRegion[c]]];
  return isCapital(g, c) ? country.capital : placeName(new Rng(g.seed).fork('city', c), country.style);
}

/** A town of region r, bigger towns more likely. */
export function sampleCity(g: Geo, r: number, rng: Rng): number {
  return rng.weighted(g.cityCum, g.cityStart[r], g.cityStart[r + 1]);
}

/** A region chosen ∝ innovation activity. */
export function sampleRegion(g: Geo, rng: Rng): number {
  return rng.weighted(g.regionCum);
}

/** Entities: Europe, the countries, their regions, the towns. */
export function* geographyEntities(g: Geo): Generator<EntityRec> {
  const R = regionCount(g);
  const sum = (f: (c: (typeof COUNTRIES)[number]) => number) => COUNTRIES.reduce((s, c) => s + f(c), 0);
  yield {
    record: 'entity',
    kind: 'Region',
    id: EUROPE_ID,
    name: 'Europe',
    level: 'macro-region',
    population: Math.round(sum((c) => c.popM) * 1e6),
    populationYear: POP_YEAR,
    areaKm2: Math.round(sum((c) => c.areaK) * 1000),
  };
  for (const [ci, c] of COUNTRIES.entries()) {
    yield {
      record: 'entity',
      kind: 'Region',
      id: countryId(ci),
      name: c.name,
      aliases: aliases(c.name, c.native === c.name ? undefined : c.native),
      level: 'country',
      countryCode: c.code,
      population: Math.round(c.popM * 1e6),
      populationYear: POP_YEAR,
      areaKm2: Math.round(c.areaK * 1000),
    };
  }
  for (let r = 0; r < R; r++) {
    const name = regionName(g, r);
    yield {
      record: 'entity',
      kind: 'Region',
      id: regionId(g, r),
      name,
      aliases: aliases(name),
      level: 'region',
      population: g.regionPop[r],
      populationYear: POP_YEAR,
      areaKm2: g.regionArea[r],
    };
  }
  const rng = new Rng(g.seed).fork('city-sizes');
  for (let c = 0; c < g.cityRegion.length; c++) {
    const r = g.cityRegion[c];
    const capital = isCapital(g, c);
    const k = c - g.cityStart[r] + 1;
    const population = Math.max(
      500,
      Math.round((g.regionPop[r] * 0.15 * (capital ? 1.4 : 1) * rng.lognormal(1, 0.15)) / Math.pow(k, 1.1) / 10) * 10,
    );
    const areaKm2 = Math.max(
      1,
      Math.round((population / (rng.lognormal(900, 0.4) * Math.pow(population / 20_000, 0.3))) * 10) / 10,
    );
    const name = cityName(g, c);
    const country = COUNTRIES[g.regionCountry[r]];
    yield {
      record: 'entity',
      kind: 'Region',
      id: cityId(g, c),
      name,
      aliases: aliases(name, capital ? country.capitalAlias : undefined),
      labels: capital ? ['capital'] : undefined,
      level: 'city',
      population,
      populationYear: POP_YEAR,
      areaKm2,
    };
  }
}

/** Relations: PART_OF hierarchy, BORDERS (within and between neighbouring countries), regions' priority sectors. */
export function* geographyRelations(g: Geo): Generator<RelationRec> {
  const R = regionCount(g);
  const rng = new Rng(g.seed).fork('borders');
  for (let ci = 0; ci < COUNTRIES.length; ci++) yield rel('PART_OF', countryId(ci), EUROPE_ID);
  for (let r = 0; r < R; r++) yield rel('PART_OF', regionId(g, r), countryId(g.regionCountry[r]));
  for (let c = 0; c < g.cityRegion.length; c++) yield rel('PART_OF', cityId(g, c), regionId(g, g.cityRegion[c]));
  const seen = new Set<string>();
  const border = (a: string, b: string, lo: number, hi: number): RelationRec | undefined => {
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (a === b || seen.has(key)) return undefined;
    seen.add(key);
    return rel('BORDERS', a, b, undefined, undefined, { lengthKm: rng.between(lo, hi) });
  };
  const all: (RelationRec | undefined)[] = [];
  for (let ci = 0; ci < COUNTRIES.length; ci++) {
    for (const cj of g.neighbours[ci]) {
      if (cj < ci) continue;
      all.push(border(countryId(ci), countryId(cj), 40, 900));
      const pairs = rng.between(1, 3);
      for (let p = 0; p < pairs; p++) {
        const a = g.countryStart[ci] + rng.int(COUNTRIES[ci].regions.length);
        const b = g.countryStart[cj] + rng.int(COUNTRIES[cj].regions.length);
        all.push(border(regionId(g, a), regionId(g, b), 15, 350));
      }
    }
    for (let r = g.countryStart[ci]; r < g.countryStart[ci + 1] - 1; r++) {
      all.push(border(regionId(g, r), regionId(g, r + 1), 10, 300));
      if (r + 2 < g.countryStart[ci + 1] && rng.chance(0.3))
        all.push(border(regionId(g, r), regionId(g, r + 2), 10, 200));
    }
  }
  for (const b of all) if (b) yield b;
  for (let r = 0; r < R; r++) {
    for (let k = 0; k < g.specCount[r]; k++)
      yield rel('FOCUSES_ON', regionId(g, r), SECTORS[g.spec[r * 5 + k]].id, 'priority');
  }
}
