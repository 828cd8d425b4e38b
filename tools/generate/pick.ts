import type { Geo } from './geography';
import { COUNTRIES } from './places';
import type { Rng, WeightTree } from './random';

/** Actors of one kind laid out region by region, with a weight each (preferential attachment). */
export interface Pool {
  tree: WeightTree;
  /** Index range of region r: [regionStart[r], regionStart[r + 1]). */
  regionStart: Int32Array;
  region: Uint16Array;
}

/** How local a choice is: probability of the home region, of elsewhere in the home country; the rest is abroad. */
export type Locality = readonly [number, number];

const SCOPE_REGION = 0;
const SCOPE_COUNTRY = 1;
const SCOPE_ABROAD = 2;
const SCOPE_ANY = 3;

/**
 * Picks an actor ∝ its weight near a home region: in the region, elsewhere in its country, or abroad
 * (half the time a neighbouring country). Widens the scope when the draw keeps failing (a small region
 * already used up), leaving the home country only as a last resort; -1 when nothing acceptable is found.
 */
export function pickNear(
  rng: Rng,
  g: Geo,
  pool: Pool,
  home: number,
  locality: Locality,
  accept: (i: number) => boolean,
): number {
  const u = rng.next();
  let scope = u < locality[0] ? SCOPE_REGION : u < locality[0] + locality[1] ? SCOPE_COUNTRY : SCOPE_ABROAD;
  const country = g.regionCountry[home];
  const countryLo = pool.regionStart[g.countryStart[country]];
  const countryHi = pool.regionStart[g.countryStart[country + 1]];
  const severalRegions = g.countryStart[country + 1] - g.countryStart[country] > 1;
  for (let attempt = 0; attempt < 20; attempt++) {
    // Widen after every 4 failures: region → country; a local draw leaves the country only at the very end.
    if (attempt > 0 && attempt % 4 === 0)
      scope =
        scope === SCOPE_REGION ? SCOPE_COUNTRY : scope === SCOPE_COUNTRY && attempt < 16 ? SCOPE_COUNTRY : SCOPE_ANY;
    let lo = 0;
    let hi = pool.tree.n;
    if (scope === SCOPE_REGION) [lo, hi] = [pool.regionStart[home], pool.regionStart[home + 1]];
    else if (scope === SCOPE_COUNTRY) [lo, hi] = [countryLo, countryHi];
    else if (scope === SCOPE_ABROAD && g.neighbours[country].length && rng.chance(0.5)) {
      const c = rng.pick(g.neighbours[country]);
      [lo, hi] = [pool.regionStart[g.countryStart[c]], pool.regionStart[g.countryStart[c + 1]]];
    }
    const i = pool.tree.sample(rng, lo, hi);
    if (i < 0) continue;
    if (scope === SCOPE_ABROAD && i >= countryLo && i < countryHi) continue;
    if (
      scope === SCOPE_COUNTRY &&
      severalRegions &&
      i >= pool.regionStart[home] &&
      i < pool.regionStart[home + 1] &&
      attempt < 8
    )
      continue;
    if (accept(i)) return i;
  }
  return -1;
}

/** A country other than c, ∝ population (for study-visit delegations and international members). */
export function otherCountry(rng: Rng, c: number): number {
  for (;;) {
    const k = rng.int(COUNTRIES.length);
    if (k !== c && rng.next() < Math.sqrt(COUNTRIES[k].popM / 84.4)) return k;
  }
}

/** Country of an actor in a pool. */
export function countryOf(g: Geo, pool: Pool, i: number): number {
  return g.regionCountry[pool.region[i]];
}
