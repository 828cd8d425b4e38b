import { aliveIn, lastYear, ORG_TYPE_INDEX, type Plan } from './actors';
import { regionId } from './geography';
import { allianceId, clusterId, orgId, programmeId, rel, type RelationRec } from './model';
import { pickNear, type Locality, type Pool } from './pick';
import type { Rng } from './random';
import { MEMBERSHIP_FIT, type Shared } from './shared';

const CLUSTER_LOCALITY: Locality = [0.65, 0.25];
const ASSOCIATION_LOCALITY: Locality = [0.55, 0.4];
/** Alliances are international: 80 % of members from other countries. */
const ALLIANCE_LOCALITY: Locality = [0.1, 0.1];
/** Share of clusters among alliance members, by allianceType (alliance, consortium, network, association). */
const CLUSTER_SHARE = [0.5, 0.2, 0.75, 0.6];

/** A year of joining from `from` on (heavy-tailed: most join early), at most `last`. */
const joinYear = (rng: Rng, from: number, last = 2025) => Math.min(last, from + Math.floor(rng.pareto(1, 1.2)) - 1);
const sinceYear = (rng: Rng, from: number, last = 2025) => String(joinYear(rng, from, last));
/** Share of memberships that members end (churn) before the network's present. */
const P_LEAVES = 0.25;

/**
 * The year a membership from `since` ends: when a member leaves (after a few years) or, at the
 * latest, the year before the member or the body closes; undefined while it still holds.
 */
function untilYear(rng: Rng, since: number, ...closures: number[]): string | undefined {
  const left = rng.chance(P_LEAVES) ? since + 1 + Math.floor(rng.pareto(1, 1) * 2) : 2100;
  const last = lastYear(left, ...closures);
  return last <= 2025 ? String(Math.max(since, last)) : undefined;
}

/**
 * Memberships: organisations in clusters (mostly from the cluster's region) and in associations;
 * clusters, organisations and regions in alliances (mostly international), with the alliances'
 * founders (FOUNDED); cluster founders and cluster funding.
 */
export function* membershipRelations(p: Plan, s: Shared): Generator<RelationRec> {
  const { geo: g, orgs: o, clusters: c, alliances: a } = p;
  const rng = p.rng.fork('memberships');
  const taken: number[] = [];
  const pickOrg = (pool: Pool, home: number, locality: Locality, extra: (i: number) => boolean = () => true) =>
    pickNear(rng, g, pool, home, locality, (i) => !taken.includes(i) && extra(i));

  for (let k = 0; k < c.n; k++) {
    taken.length = 0;
    const cid = clusterId(k);
    const size = Math.min(400, Math.max(5, Math.floor(rng.pareto(10, 1.5))));
    for (let j = 0; j < size; j++) {
      // A member exists at some time while the cluster does; it joins before either closes.
      const i = pickOrg(
        s.membership,
        c.region[k],
        CLUSTER_LOCALITY,
        (m) =>
          o.founded[m] <= 2025 &&
          aliveIn(o, m, Math.max(c.founded[k], o.founded[m])) &&
          aliveIn(c, k, Math.max(c.founded[k], o.founded[m])),
      );
      if (i < 0) continue;
      taken.push(i);
      s.membership.tree.add(i, MEMBERSHIP_FIT[o.type[i]]);
      const founding = j < 3 && o.founded[i] <= c.founded[k];
      const from = Math.max(c.founded[k], o.founded[i]);
      const since = founding ? c.founded[k] : joinYear(rng, from, lastYear(2025, o.dissolved[i], c.dissolved[k]));
      yield rel('MEMBER_OF', orgId(i), cid, founding ? 'founding-member' : 'member', String(since), {
        until: untilYear(rng, since, o.dissolved[i], c.dissolved[k]),
      });
    }
    if (rng.chance(0.3)) {
      const r = c.region[k];
      const founder = rng.choose([40, 30, 30]);
      if (founder === 2) yield rel('FOUNDED', regionId(g, r), cid, 'initiator', String(c.founded[k]));
      else
        yield rel(
          'FOUNDED',
          orgId(o.regionStart[r] + founder),
          cid,
          founder === 0 ? 'initiator' : 'founder',
          String(c.founded[k]),
        );
    }
    if (rng.chance(0.2)) {
      const prog = s.funding(rng, Math.max(2007, c.founded[k] + 1), c.region[k], 0.15);
      if (prog >= 0)
        yield rel('FUNDED_BY', cid, programmeId(prog), 'funder', undefined, {
          amountEur: Math.round(rng.lognormal(400, 0.7)) * 1000,
        });
    }
  }

  for (let k = 0; k < o.n; k++) {
    if (o.type[k] !== ORG_TYPE_INDEX.association) continue;
    taken.length = 0;
    taken.push(k);
    const size = Math.min(150, Math.floor(rng.pareto(3, 1.4)));
    for (let j = 0; j < size; j++) {
      const from = Math.max(o.founded[k], 2005);
      const i = pickOrg(s.membership, o.region[k], ASSOCIATION_LOCALITY, (m) =>
        aliveIn(o, m, Math.max(from, o.founded[m])),
      );
      if (i < 0 || !aliveIn(o, k, Math.max(from, o.founded[i]))) continue;
      taken.push(i);
      const since = joinYear(rng, Math.max(from, o.founded[i]), lastYear(2025, o.dissolved[i], o.dissolved[k]));
      yield rel('MEMBER_OF', orgId(i), orgId(k), 'member', String(since), {
        until: untilYear(rng, since, o.dissolved[i], o.dissolved[k]),
      });
    }
  }

  const clustersTaken: number[] = [];
  for (let k = 0; k < a.n; k++) {
    taken.length = 0;
    clustersTaken.length = 0;
    const aid = allianceId(k);
    const type = a.type[k];
    const size = Math.min(300, Math.max(3, Math.floor(rng.pareto(8, 1.5))));
    const founders = rng.between(2, 4);
    for (let j = 0; j < size; j++) {
      const founder = j < founders;
      const home = a.region[k];
      const role = founder
        ? 'founding-member'
        : type === 1
          ? 'consortium-member'
          : rng.chance(0.1)
            ? 'partner'
            : 'member';
      let id: string | undefined;
      let memberFounded = 0;
      let closes = 0;
      if (rng.chance(CLUSTER_SHARE[type])) {
        const ci = pickNear(
          rng,
          g,
          s.clusters,
          home,
          founder ? [0.3, 0.2] : ALLIANCE_LOCALITY,
          (i) =>
            !clustersTaken.includes(i) &&
            aliveIn(c, i, Math.max(c.founded[i], a.founded[k])) &&
            c.founded[i] <= a.founded[k] + (founder ? 0 : 15),
        );
        if (ci >= 0) {
          clustersTaken.push(ci);
          s.clusters.tree.add(ci, 1);
          id = clusterId(ci);
          memberFounded = c.founded[ci];
          closes = c.dissolved[ci];
        }
      } else {
        const i = pickOrg(
          s.activity,
          home,
          founder ? [0.3, 0.2] : ALLIANCE_LOCALITY,
          (m) =>
            aliveIn(o, m, Math.max(o.founded[m], a.founded[k])) && o.founded[m] <= a.founded[k] + (founder ? 0 : 15),
        );
        if (i >= 0) {
          taken.push(i);
          id = orgId(i);
          memberFounded = o.founded[i];
          closes = o.dissolved[i];
        }
      }
      if (!id) continue;
      const since = founder
        ? a.founded[k]
        : joinYear(rng, Math.max(a.founded[k], memberFounded), lastYear(2025, closes));
      yield rel('MEMBER_OF', id, aid, role, String(since), { until: untilYear(rng, since, closes) });
      if (founder) yield rel('FOUNDED', id, aid, j === 0 ? 'founder' : 'co-founder', String(a.founded[k]));
    }
    if (rng.chance(0.25))
      yield rel('MEMBER_OF', regionId(g, rng.int(g.regionCountry.length)), aid, 'member', sinceYear(rng, a.founded[k]));
    if (rng.chance(0.2)) {
      const prog = s.funding(rng, Math.max(2007, a.founded[k] + 1), a.region[k], 0.9);
      if (prog >= 0)
        yield rel('FUNDED_BY', aid, programmeId(prog), 'funder', undefined, {
          amountEur: Math.round(rng.lognormal(600, 0.7)) * 1000,
        });
    }
  }
}
