import { lastYear, ORG_TYPE_INDEX, sectorFor, type Located, type Plan } from './actors';
import { cityId, countryId, EUROPE_ID, regionId, type Geo } from './geography';
import { allianceId, clusterId, eventId, orgId, programmeId, projectId, rel, type RelationRec } from './model';
import { COUNTRIES, EU_BODIES } from './places';
import type { Rng } from './random';
import { SECTORS } from './sectors';

/** FOCUSES_ON 1–3 sectors: the main one, then more, usually the region's specialisations. */
function* focus(rng: Rng, g: Geo, from: string, region: number, primary: number, role: string): Generator<RelationRec> {
  const want = 1 + rng.choose([55, 30, 15]);
  const chosen = [primary];
  yield rel('FOCUSES_ON', from, SECTORS[primary].id, role);
  for (let guard = 0; chosen.length < want && guard < 12; guard++) {
    const s = sectorFor(g, region, rng, region >= 0 ? 0.6 : 0);
    if (chosen.includes(s)) continue;
    chosen.push(s);
    yield rel('FOCUSES_ON', from, SECTORS[s].id, role);
  }
}

function* locatedAndFocus(
  rng: Rng,
  g: Geo,
  x: Located,
  id: (i: number) => string,
  role: string,
): Generator<RelationRec> {
  for (let i = 0; i < x.n; i++) {
    yield rel('LOCATED_IN', id(i), cityId(g, x.city[i]));
    yield* focus(rng, g, id(i), x.region[i], x.sector[i], role);
  }
}

/**
 * Structural ties: every actor's seat (LOCATED_IN) and sectors (FOCUSES_ON), departments of
 * universities (UNIT_OF), university spin-offs (FOUNDED) and who manages each programme (MANAGED_BY).
 */
export function* structureRelations(p: Plan): Generator<RelationRec> {
  const { geo: g, orgs: o, programmes: pg } = p;
  const rng = p.rng.fork('structure');
  for (let i = 0; i < pg.n; i++) {
    const place = pg.place[i];
    yield rel(
      'LOCATED_IN',
      programmeId(i),
      pg.scope[i] === 0 ? EUROPE_ID : pg.scope[i] === 1 ? countryId(place) : regionId(g, place),
    );
    yield* focus(rng, g, programmeId(i), pg.scope[i] === 2 ? place : -1, pg.sector[i], 'priority');
  }
  yield* locatedAndFocus(rng, g, o, orgId, 'specialisation');
  yield* locatedAndFocus(rng, g, p.clusters, clusterId, 'specialisation');
  yield* locatedAndFocus(rng, g, p.alliances, allianceId, 'cooperation-area');
  yield* locatedAndFocus(rng, g, p.projects, projectId, 'theme');
  yield* locatedAndFocus(rng, g, p.events, eventId, 'theme');

  const unitTypes = new Set([
    ORG_TYPE_INDEX['research-institute'],
    ORG_TYPE_INDEX['innovation-hub'],
    ORG_TYPE_INDEX.other,
  ]);
  const c = p.clusters;
  for (let i = 0; i < o.n; i++) {
    const r = o.region[i];
    const university = o.regionStart[r] + 1;
    if (unitTypes.has(o.type[i]) && !o.slot[i] && rng.chance(0.3)) {
      const clusterLo = c.regionStart[r];
      const clusters = c.regionStart[r + 1] - clusterLo;
      // A unit is part of its parent for as long as both exist (no start date: always, until one closes).
      const until = (...closures: number[]) => {
        const last = lastYear(2100, ...closures);
        return last <= 2025 ? { until: String(last) } : undefined;
      };
      if (o.type[i] === ORG_TYPE_INDEX.other && clusters > 0) {
        const k = clusterLo + rng.int(clusters);
        if (lastYear(2100, c.dissolved[k]) >= o.founded[i])
          yield rel('UNIT_OF', orgId(i), clusterId(k), undefined, undefined, until(o.dissolved[i], c.dissolved[k]));
      } else if (i !== university)
        yield rel('UNIT_OF', orgId(i), orgId(university), undefined, undefined, until(o.dissolved[i]));
    } else if (o.type[i] === 0 && o.founded[i] >= 2005 && rng.chance(0.03)) {
      yield rel('FOUNDED', orgId(university), orgId(i), 'founder', String(o.founded[i]));
    }
  }

  for (let i = 0; i < pg.n; i++) {
    const place = pg.place[i];
    if (pg.scope[i] === 0) {
      const brussels = o.regionStart[g.brussels];
      yield rel('MANAGED_BY', programmeId(i), orgId(brussels + 4 + (i % EU_BODIES.length)), 'manager');
    } else if (pg.scope[i] === 1) {
      const capital = o.regionStart[g.countryStart[place] + COUNTRIES[place].capitalRegion];
      const [manager, other] = rng.chance(0.5) ? [capital + 2, capital + 3] : [capital + 3, capital + 2];
      yield rel('MANAGED_BY', programmeId(i), orgId(manager), 'manager');
      if (rng.chance(0.4)) yield rel('MANAGED_BY', programmeId(i), orgId(other), 'funder');
    } else {
      yield rel('MANAGED_BY', programmeId(i), orgId(o.regionStart[place]), 'manager');
      for (let k = o.regionStart[place]; k < o.regionStart[place + 1]; k++) {
        if (o.type[k] === ORG_TYPE_INDEX['development-agency']) {
          if (rng.chance(0.5)) yield rel('MANAGED_BY', programmeId(i), orgId(k), 'funder');
          break;
        }
      }
    }
  }
}
