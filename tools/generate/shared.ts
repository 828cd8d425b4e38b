import type { Plan } from './actors';
import type { Pool } from './pick';
import { WeightTree, type Rng } from './random';

//                        company univ  RI  pub  dev  assoc found fund hub  park venue media other
/** Propensity of each organisation type to join clusters and associations (ORG_TYPES order). */
export const MEMBERSHIP_FIT = [1, 1.5, 1.2, 0.3, 0.6, 0.5, 0.3, 0.2, 0.8, 0.8, 0.1, 0.2, 0.6];

/** Picks a programme for something funded in a year in a region: EU-wide, national or regional. */
export type FundingPicker = (rng: Rng, year: number, region: number, pEu: number) => number;

/** State the tie phases share: weighted pools (preferential attachment) and the funding index. */
export interface Shared {
  /** Organisations weighted by project activity: fit × (participations + 1), zero until active. */
  activity: Pool;
  /** The same organisations weighted 1 once active: newcomers and occasional participants. */
  fresh: Pool;
  /** Organisations weighted by their propensity to join clusters × (memberships + 1). */
  membership: Pool;
  /** Clusters weighted by (alliance memberships + 1). */
  clusters: Pool;
  funding: FundingPicker;
}

/** Period (0: 2007–2013, 1: 2014–2020, 2: 2021–2027) of a year, -1 before 2007. */
export function periodOf(year: number): number {
  return year < 2007 ? -1 : year <= 2013 ? 0 : year <= 2020 ? 1 : 2;
}

/** Builds the shared pools and the funding index of a plan. */
export function makeShared(p: Plan): Shared {
  const { orgs: o, clusters: c, programmes: pg } = p;
  const membership = new WeightTree(o.n);
  for (let i = 0; i < o.n; i++) membership.add(i, MEMBERSHIP_FIT[o.type[i]]);
  const clusterTree = new WeightTree(c.n);
  for (let i = 0; i < c.n; i++) clusterTree.add(i, 1);
  const eu: number[][] = [[], [], []];
  const byPlace = new Map<number, number[]>();
  for (let i = 0; i < pg.n; i++) {
    if (pg.scope[i] === 0) eu[pg.period[i]].push(i);
    else {
      const key = (pg.scope[i] === 1 ? pg.place[i] : 1000 + pg.place[i]) * 3 + pg.period[i];
      byPlace.set(key, [...(byPlace.get(key) ?? []), i]);
    }
  }
  const funding: FundingPicker = (rng, year, region, pEu) => {
    const period = periodOf(year);
    if (period < 0) return -1;
    const national = byPlace.get(p.geo.regionCountry[region] * 3 + period);
    const regional = byPlace.get((1000 + region) * 3 + period);
    const u = rng.next();
    let list = u < pEu ? eu[period] : u < pEu + (1 - pEu) / 2 ? (regional ?? national) : (national ?? regional);
    if (!list?.length) list = eu[period];
    return list.length ? rng.pick(list) : -1;
  };
  return {
    activity: { tree: new WeightTree(o.n), regionStart: o.regionStart, region: o.region },
    fresh: { tree: new WeightTree(o.n), regionStart: o.regionStart, region: o.region },
    membership: { tree: membership, regionStart: o.regionStart, region: o.region },
    clusters: { tree: clusterTree, regionStart: c.regionStart, region: c.region },
    funding,
  };
}
