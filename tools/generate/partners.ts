import type { Plan } from './actors';
import { regionCount, regionId } from './geography';
import { allianceId, clusterId, isoMonth, orgId, projectId, rel, SIZES, type RelationRec } from './model';
import { pickNear } from './pick';
import type { Shared } from './shared';

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
  const pair = (
    x: number,
    y: number,
    idX: string,
    idY: string,
    role: string,
    since: string,
  ): RelationRec | undefined => {
    const key = x < y ? x * total + y : y * total + x;
    if (x === y || seen.has(key)) return undefined;
    seen.add(key);
    return rel('PARTNER_OF', idX, idY, role, since);
  };
  const year = (from: number) => String(rng.between(Math.max(2005, from), 2025));
  const out = function* (r: RelationRec | undefined) {
    if (r) yield r;
  };

  for (let n = Math.round(5000 * f); n > 0; n--) {
    const x = s.activity.tree.sample(rng);
    const y = x < 0 ? -1 : pickNear(rng, g, s.activity, o.region[x], [0.5, 0.3], (m) => m !== x);
    if (y < 0) continue;
    yield* out(
      pair(
        x,
        y,
        orgId(x),
        orgId(y),
        rng.chance(0.15) ? 'strategic-partner' : 'partner',
        year(Math.max(o.founded[x], o.founded[y])),
      ),
    );
  }
  for (let n = Math.round(900 * f); n > 0; n--) {
    const x = rng.int(c.n);
    const y = pickNear(rng, g, s.clusters, c.region[x], [0.05, 0.2], (m) => m !== x);
    if (y < 0) continue;
    yield* out(
      pair(
        base.cluster + x,
        base.cluster + y,
        clusterId(x),
        clusterId(y),
        rng.chance(0.4) ? 'strategic-partner' : 'partner',
        year(Math.max(c.founded[x], c.founded[y])),
      ),
    );
  }
  for (let n = Math.round(500 * f); n > 0; n--) {
    const x = rng.int(c.n);
    const y = pickNear(rng, g, s.activity, c.region[x], [0.8, 0.15], () => true);
    if (y < 0) continue;
    yield* out(
      pair(base.cluster + x, y, clusterId(x), orgId(y), 'partner', year(Math.max(c.founded[x], o.founded[y]))),
    );
  }
  for (let n = 120; n > 0; n--) {
    const x = rng.int(regionCount(g));
    const y = rng.int(regionCount(g));
    if (g.regionCountry[x] === g.regionCountry[y]) continue;
    yield* out(
      pair(
        base.region + x,
        base.region + y,
        regionId(g, x),
        regionId(g, y),
        rng.chance(0.3) ? 'strategic-partner' : 'partner',
        year(2005),
      ),
    );
  }
  for (let n = Math.round(25 * f); n > 0; n--) {
    const x = rng.int(a.n);
    const y = rng.int(a.n);
    yield* out(
      pair(
        base.alliance + x,
        base.alliance + y,
        allianceId(x),
        allianceId(y),
        'strategic-partner',
        year(Math.max(a.founded[x], a.founded[y])),
      ),
    );
  }
  for (let n = Math.round(250 * f); n > 0; n--) {
    const x = rng.int(pr.n);
    const y = Math.min(pr.n - 1, Math.max(0, x + rng.between(-200, 200)));
    yield* out(
      pair(
        base.project + x,
        base.project + y,
        projectId(x),
        projectId(y),
        'partner',
        isoMonth(Math.max(pr.start[x], pr.start[y])),
      ),
    );
  }
}
