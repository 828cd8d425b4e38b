import { aliveIn, lastYear, type Plan } from './actors';
import { regionId } from './geography';
import { allianceId, clusterId, isoMonth, orgId, programmeId, projectId, rel, type RelationRec } from './model';
import { countryOf, pickNear, type Locality } from './pick';
import type { Shared } from './shared';

/** Partners of a project: 45 % from the lead's region, 35 % elsewhere in its country, 20 % abroad. */
const PARTNER_LOCALITY: Locality = [0.45, 0.35];
/** Share of partners drawn uniformly among active organisations rather than by preferential attachment. */
const P_FRESH = 0.2;
/** Weight in the uniform pool once an organisation has taken part (newcomers are preferred there). */
const FRESH_AFTER = 0.1;

/** Share of partners that leave a project before it ends. */
const P_LEAVES = 0.05;

/** Heavy-tailed project size: a fifth are small (2–5 partners), the rest Pareto from 6 (α 1.4), capped at 200. */
function projectSize(rng: Plan['rng']): number {
  return rng.chance(0.2) ? rng.between(2, 5) : rng.powerInt(6, 1.4, 200);
}

/**
 * Project ties, in chronological order: PARTICIPATES_IN (one lead, the rest partners), FUNDED_BY
 * programmes, FOUNDED (initiators). Organisations become eligible in their first active year and are
 * chosen ∝ fit × (participations + 1) (some uniformly), mostly near the lead: a few become hubs, most
 * stay small.
 */
export function* projectRelations(p: Plan, s: Shared): Generator<RelationRec> {
  const { geo: g, orgs: o, projects: pr, clusters: c, alliances: a } = p;
  const rng = p.rng.fork('projects-ties');
  const pool = s.activity;
  // Activation order: organisations by first active year.
  const order = Int32Array.from({ length: o.n }, (_, i) => i).sort((x, y) => o.active[x] - o.active[y] || x - y);
  let activated = 0;
  // Closure order: organisations by the year they close, so that closed ones leave the pools.
  const closing = Int32Array.from({ length: o.n }, (_, i) => i)
    .filter((i) => o.dissolved[i] > 0)
    .sort((x, y) => o.dissolved[x] - o.dissolved[y] || x - y);
  let closed = 0;
  const members: number[] = [];
  const others: string[] = [];
  for (let j = 0; j < pr.n; j++) {
    const year = Math.floor(pr.start[j] / 12);
    while (activated < o.n && o.active[order[activated]] <= year) {
      const i = order[activated++];
      pool.tree.add(i, o.fit[i]);
      s.fresh.tree.add(i, 1);
    }
    while (closed < closing.length && o.dissolved[closing[closed]] <= year) {
      const i = closing[closed++];
      pool.tree.add(i, -pool.tree.weight[i]);
      s.fresh.tree.add(i, -s.fresh.tree.weight[i]);
    }
    const pid = projectId(j);
    const since = isoMonth(pr.start[j]);
    const end = pr.start[j] + pr.months[j] - 1;
    // A participation holds over the project's months, to the end of the year before the partner closes,
    // or until it leaves early; the dates are written out so that no reader has to infer them.
    const lastMonth = (org: number) => Math.min(end, lastYear(2100, o.dissolved[org]) * 12 + 11);
    const until = (org: number) => {
      const last = lastMonth(org);
      const leaves = last - pr.start[j] > 6 && rng.chance(P_LEAVES);
      return isoMonth(leaves ? pr.start[j] + rng.between(3, last - pr.start[j] - 1) : last);
    };
    const home = pr.region[j];
    members.length = 0;
    others.length = 0;
    const lead = pickNear(rng, g, pool, home, [1, 0], () => true);
    if (lead < 0) continue;
    members.push(lead);
    yield rel('PARTICIPATES_IN', orgId(lead), pid, 'lead', since, { until: isoMonth(lastMonth(lead)) });
    const leadRegion = o.region[lead];
    const size = projectSize(rng);
    for (let k = 1; k < size; k++) {
      const x = rng.next();
      let id: string | undefined;
      if (x < 0.04) {
        const ci = pickNear(rng, g, s.clusters, leadRegion, [0.6, 0.3], (i) => aliveIn(c, i, year));
        if (ci >= 0) id = clusterId(ci);
      } else if (x < 0.05) {
        const ai = rng.int(a.n);
        if (a.founded[ai] <= year) id = allianceId(ai);
      } else if (x < 0.06) {
        id = regionId(
          g,
          rng.chance(0.6)
            ? leadRegion
            : g.countryStart[g.regionCountry[leadRegion]] +
                rng.int(g.countryStart[g.regionCountry[leadRegion] + 1] - g.countryStart[g.regionCountry[leadRegion]]),
        );
      } else {
        const m = pickNear(
          rng,
          g,
          rng.chance(P_FRESH) ? s.fresh : pool,
          leadRegion,
          PARTNER_LOCALITY,
          (i) => !members.includes(i),
        );
        if (m >= 0) {
          members.push(m);
          yield rel('PARTICIPATES_IN', orgId(m), pid, 'partner', since, { until: until(m) });
        }
        continue;
      }
      if (id && !others.includes(id)) {
        others.push(id);
        const cluster = id.startsWith('cluster-') ? Number(id.slice(8)) - 1 : -1;
        const last = cluster >= 0 ? Math.min(end, lastYear(2100, c.dissolved[cluster]) * 12 + 11) : end;
        yield rel('PARTICIPATES_IN', id, pid, 'partner', since, { until: isoMonth(last) });
      }
    }
    for (const m of members) {
      pool.tree.add(m, o.fit[m]);
      if (s.fresh.tree.weight[m] === 1) s.fresh.tree.add(m, FRESH_AFTER - 1);
    }

    const leadCountry = countryOf(g, pool, lead);
    const international = members.some((m) => countryOf(g, pool, m) !== leadCountry);
    const amount = Math.round((members.length + others.length) * rng.lognormal(180, 0.6)) * 1000;
    const first = s.funding(rng, year, leadRegion, international ? 0.7 : 0.3);
    if (first >= 0 && rng.chance(0.95)) {
      yield rel('FUNDED_BY', pid, programmeId(first), 'funder', undefined, { amountEur: amount });
      const second = rng.chance(0.12) ? s.funding(rng, year, leadRegion, 0.2) : -1;
      if (second >= 0 && second !== first)
        yield rel('FUNDED_BY', pid, programmeId(second), 'co-financier', undefined, {
          amountEur: Math.round((amount * 0.2) / 1000) * 1000,
        });
    }
    if (rng.chance(0.08)) yield rel('FOUNDED', orgId(lead), pid, 'initiator', since);
  }
}
