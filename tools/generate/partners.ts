import { lastYear, type Plan } from './actors';
import { regionCount, regionId } from './geography';
import { allianceId, clusterId, isoMonth, orgId, projectId, rel, SIZES, type RelationRec } from './model';
import { pickNear } from './pick';
import type { Shared } from './shared';

/** Founding and closing years of a kind's actors, by index (0: never closes). */
interface Lifespans {
  founded: ArrayLike<number>;
  dissolved: ArrayLike<number>;
}

/** Share of partnerships that end after a few years. */
const P_ENDS = 0.25;

/**
 * Direct partnerships (PARTNER_OF, stored once per pair): organisations with nearby organisations
 * (hubs have more), clusters with clusters abroad, clusters with local organisations, twinned
 * regions, alliances and sister projects.
 */
export function* partnerRelations(p: Plan, s: Shared): Generator<RelationRec> {
  const { geo: g, orgs: o, clusters: c, alliances: a, projects: pr } = p;
  const f = SIZES[p.size].factor;
  const rng = p.rng.fork('partners');
  const base = { cluster: o.n, alliance: o.n + c.n, project: o.n + c.n + a.n, region: o.n + c.n + a.n + pr.n };
  const total = base.region + regionCount(g);
  const seen = new Set<number>();
  /** One end of a pair: its index over all partner kinds (for `seen`) and its id. */
  type End = [index: number, id: string];
  const end = {
    org: (x: number): End => [x, orgId(x)],
    cluster: (x: number): End => [base.cluster + x, clusterId(x)],
    alliance: (x: number): End => [base.alliance + x, allianceId(x)],
    project: (x: number): End => [base.project + x, projectId(x)],
    region: (x: number): End => [base.region + x, regionId(g, x)],
  };
  // A partnership between actors that may close (closures: their years of closure, 0 for none) starts
  // while both exist and ends when one closes or, for a share of them, after a few years (churn).
  const pair = ([x, idX]: End, [y, idY]: End, role: string, since: string, ...closures: number[]) => {
    const key = x < y ? x * total + y : y * total + x;
    if (x === y || seen.has(key)) return undefined;
    const from = Number(since.slice(0, 4));
    const ends = lastYear(rng.chance(P_ENDS) ? from + rng.between(1, 8) : 2100, ...closures);
    if (ends < from) return undefined;
    seen.add(key);
    return rel('PARTNER_OF', idX, idY, role, since, { until: ends <= 2025 ? String(ends) : undefined });
  };
  /** Sister projects cooperate while both run, from the later start to the first end (months). */
  const sisters = ([x, idX]: End, [y, idY]: End, since: number, until: number) => {
    const key = x < y ? x * total + y : y * total + x;
    if (x === y || seen.has(key) || until < since) return undefined;
    seen.add(key);
    return rel('PARTNER_OF', idX, idY, 'partner', isoMonth(since), { until: isoMonth(until) });
  };
  const role = (strategic: number) => (rng.chance(strategic) ? 'strategic-partner' : 'partner');
  const year = (from: number) => String(rng.between(Math.max(2005, from), 2025));
  /** Actor x of xs and actor y of ys: a partnership from a year after both were founded until one closes. */
  const actors = (ex: End, xs: Lifespans, x: number, ey: End, ys: Lifespans, y: number, r: string) =>
    pair(ex, ey, r, year(Math.max(xs.founded[x], ys.founded[y])), xs.dissolved[x], ys.dissolved[y]);
  const out = function* (r: RelationRec | undefined) {
    if (r) yield r;
  };

  for (let n = Math.round(5000 * f); n > 0; n--) {
    const x = s.activity.tree.sample(rng);
    const y = x < 0 ? -1 : pickNear(rng, g, s.activity, o.region[x], [0.5, 0.3], (m) => m !== x);
    if (y < 0) continue;
    yield* out(actors(end.org(x), o, x, end.org(y), o, y, role(0.15)));
  }
  for (let n = Math.round(900 * f); n > 0; n--) {
    const x = rng.int(c.n);
    const y = pickNear(rng, g, s.clusters, c.region[x], [0.05, 0.2], (m) => m !== x);
    if (y < 0) continue;
    yield* out(actors(end.cluster(x), c, x, end.cluster(y), c, y, role(0.4)));
  }
  for (let n = Math.round(500 * f); n > 0; n--) {
    const x = rng.int(c.n);
    const y = pickNear(rng, g, s.activity, c.region[x], [0.8, 0.15], () => true);
    if (y < 0) continue;
    yield* out(actors(end.cluster(x), c, x, end.org(y), o, y, 'partner'));
  }
  for (let n = 120; n > 0; n--) {
    const x = rng.int(regionCount(g));
    const y = rng.int(regionCount(g));
    if (g.regionCountry[x] === g.regionCountry[y]) continue;
    yield* out(pair(end.region(x), end.region(y), role(0.3), year(2005)));
  }
  for (let n = Math.round(25 * f); n > 0; n--) {
    const x = rng.int(a.n);
    const y = rng.int(a.n);
    yield* out(pair(end.alliance(x), end.alliance(y), 'strategic-partner', year(Math.max(a.founded[x], a.founded[y]))));
  }
  for (let n = Math.round(250 * f); n > 0; n--) {
    const x = rng.int(pr.n);
    const y = Math.min(pr.n - 1, Math.max(0, x + rng.between(-200, 200)));
    const until = Math.min(pr.start[x] + pr.months[x], pr.start[y] + pr.months[y]) - 1;
    yield* out(sisters(end.project(x), end.project(y), Math.max(pr.start[x], pr.start[y]), until));
  }
}
