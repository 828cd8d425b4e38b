import { aliveIn, ORG_TYPE_INDEX, type Plan } from './actors';
import { regionId } from './geography';
import { allianceId, clusterId, eventId, orgId, programmeId, projectId, rel, type RelationRec } from './model';
import { otherCountry, pickNear, type Locality } from './pick';
import type { Rng } from './random';
import type { Shared } from './shared';

const LOCAL: Locality = [0.5, 0.3];
//                   conference congress study-visit pitching meeting workshop exhibition ranking other
const BIG = [true, true, false, false, false, false, true, false, false];

function attendance(rng: Rng, type: number): number {
  switch (type) {
    case 0:
      return rng.powerInt(12, 1.4, 400);
    case 1:
      return rng.powerInt(15, 1.4, 500);
    case 2:
      return rng.between(4, 15);
    case 3:
      return rng.between(5, 25);
    case 4:
      return rng.powerInt(4, 1.6, 40);
    case 5:
      return rng.powerInt(6, 1.6, 60);
    case 6:
      return rng.powerInt(15, 1.3, 600);
    case 7:
      return 0;
    default:
      return rng.powerInt(6, 1.5, 80);
  }
}

function attendeeRole(rng: Rng, type: number): string {
  if (type === 2) return 'delegation';
  if (type === 6) return rng.chance(0.6) ? 'exhibitor' : 'participant';
  if (type <= 1) return rng.chance(0.1) ? 'speaker' : rng.chance(0.05) ? 'panellist' : 'participant';
  return 'participant';
}

/**
 * Event ties: EVENT_OF (project, alliance, programme events and side events of big ones), ORGANISED,
 * HOSTED (venues; sites of study visits), ATTENDED (mostly local, study-visit delegations from
 * abroad), RANKED_IN for rankings, FUNDED_BY for some.
 */
export function* eventRelations(p: Plan, s: Shared): Generator<RelationRec> {
  const { geo: g, orgs: o, clusters: c, alliances: a, projects: pr, events: e } = p;
  const rng = p.rng.fork('events-ties');
  const orgsTaken: number[] = [];
  const clustersTaken: number[] = [];
  const others: string[] = [];
  const big: number[] = [];
  let projectCursor = 0;
  for (let i = 0; i < e.n; i++) {
    const eid = eventId(i);
    const type = e.type[i];
    const year = e.year[i];
    const home = e.region[i];
    orgsTaken.length = 0;
    clustersTaken.length = 0;
    others.length = 0;
    const organise = function* (id: string, role: string): Generator<RelationRec> {
      if (others.includes(id)) return;
      others.push(id);
      yield rel('ORGANISED', id, eid, role);
    };

    const when = year * 12 + e.month[i] - 1;
    while (projectCursor < pr.n && pr.start[projectCursor] <= when) projectCursor++;
    const x = rng.next();
    if (x < 0.2 && projectCursor > 0) {
      for (let t = 0; t < 8; t++) {
        const q = projectCursor - 1 - rng.int(Math.min(projectCursor, 400));
        if (
          pr.start[q] + pr.months[q] >= when &&
          (g.regionCountry[pr.region[q]] === g.regionCountry[home] || rng.chance(0.3))
        ) {
          yield rel('EVENT_OF', eid, projectId(q));
          yield* organise(projectId(q), 'organiser');
          break;
        }
      }
    } else if (x < 0.25) {
      const k = rng.int(a.n);
      if (a.founded[k] <= year) {
        yield rel('EVENT_OF', eid, allianceId(k));
        yield* organise(allianceId(k), 'co-organiser');
      }
    } else if (x < 0.3 && big.length) {
      yield rel('EVENT_OF', eid, eventId(big[big.length - 1 - rng.int(Math.min(big.length, 20))]));
    } else if (x < 0.33) {
      const prog = s.funding(rng, year, home, 0.6);
      if (prog >= 0) {
        yield rel('EVENT_OF', eid, programmeId(prog));
        yield* organise(programmeId(prog), 'organiser');
      }
    }
    if (BIG[type]) big.push(i);

    const u = rng.next();
    const organiserCluster = u < 0.45 ? pickNear(rng, g, s.clusters, home, [0.9, 0.1], (v) => aliveIn(c, v, year)) : -1;
    if (organiserCluster >= 0) {
      clustersTaken.push(organiserCluster);
      yield* organise(clusterId(organiserCluster), 'organiser');
    } else if (u < 0.93) {
      const k = pickNear(rng, g, s.activity, home, [0.8, 0.2], (m) => aliveIn(o, m, year));
      if (k >= 0) {
        orgsTaken.push(k);
        yield* organise(orgId(k), 'organiser');
      }
    } else {
      const k = rng.int(a.n);
      if (a.founded[k] <= year) yield* organise(allianceId(k), 'organiser');
    }
    if (rng.chance(0.4)) {
      const k = pickNear(rng, g, s.activity, home, LOCAL, (m) => !orgsTaken.includes(m) && aliveIn(o, m, year));
      if (k >= 0) {
        orgsTaken.push(k);
        yield* organise(orgId(k), 'co-organiser');
      }
    }
    if (rng.chance(0.15)) yield* organise(rng.chance(0.5) ? regionId(g, home) : orgId(o.regionStart[home]), 'patron');

    if (type === 2) {
      const sites = rng.between(2, 4);
      for (let k = 0; k < sites; k++) {
        const m = pickNear(rng, g, s.activity, home, [1, 0], (v) => !orgsTaken.includes(v) && aliveIn(o, v, year));
        if (m >= 0) {
          orgsTaken.push(m);
          yield rel('HOSTED', orgId(m), eid, 'site-visit');
        }
      }
    } else if (organiserCluster >= 0 && rng.chance(0.3)) {
      yield rel('HOSTED', clusterId(organiserCluster), eid, 'host');
    } else {
      let venue = o.regionStart[home] + 1;
      for (let k = o.regionStart[home]; k < Math.min(o.regionStart[home + 1], o.regionStart[home] + 300); k++) {
        if (o.type[k] === ORG_TYPE_INDEX.venue && aliveIn(o, k, year) && rng.chance(0.5)) {
          venue = k;
          break;
        }
      }
      yield rel('HOSTED', orgId(venue), eid, o.type[venue] === ORG_TYPE_INDEX.venue ? 'venue' : 'host');
    }

    if (type === 7) {
      const n = rng.between(10, 30);
      for (let rank = 1; rank <= n; rank++) {
        const k = pickNear(
          rng,
          g,
          s.clusters,
          home,
          [0.1, 0.3],
          (v) => !clustersTaken.includes(v) && aliveIn(c, v, year),
        );
        if (k < 0) break;
        clustersTaken.push(k);
        yield rel('RANKED_IN', clusterId(k), eid, undefined, undefined, { rank });
      }
    }
    const size = attendance(rng, type);
    const visitors = type === 2 ? otherCountry(rng, g.regionCountry[home]) : -1;
    const from =
      visitors >= 0
        ? g.countryStart[visitors] + rng.int(g.countryStart[visitors + 1] - g.countryStart[visitors])
        : home;
    for (let k = 0; k < size; k++) {
      const role = attendeeRole(rng, type);
      const v = rng.next();
      if (v < 0.85 || visitors >= 0) {
        const m = pickNear(
          rng,
          g,
          rng.chance(0.4) ? s.fresh : s.activity,
          from,
          visitors >= 0 ? [0.6, 0.4] : LOCAL,
          (w) => !orgsTaken.includes(w) && aliveIn(o, w, year),
        );
        if (m < 0) continue;
        orgsTaken.push(m);
        yield rel('ATTENDED', orgId(m), eid, role);
      } else {
        const ci = v < 0.97 ? pickNear(rng, g, s.clusters, home, LOCAL, (w) => aliveIn(c, w, year)) : -1;
        const ai = rng.int(a.n);
        const id =
          ci >= 0 ? clusterId(ci) : v < 0.99 ? (a.founded[ai] <= year ? allianceId(ai) : '') : regionId(g, home);
        if (!id || others.includes(id)) continue;
        others.push(id);
        yield rel('ATTENDED', id, eid, role);
      }
    }
    if (rng.chance(0.1)) {
      const prog = s.funding(rng, year, home, 0.4);
      if (prog >= 0)
        yield rel('FUNDED_BY', eid, programmeId(prog), 'funder', undefined, {
          amountEur: Math.round(rng.lognormal(40, 0.8)) * 1000,
        });
    }
  }
}
