import { ALLIANCE_TYPES, EVENT_TYPES, ORG_TYPES } from '../../src/model/vocabulary';
import type { Located, Plan } from './actors';
import { cityName, regionName } from './geography';
import {
  aliases,
  allianceId,
  clusterId,
  eventId,
  isoDay,
  isoMonth,
  orgId,
  programmeId,
  projectId,
  REF_YEAR,
  type EntityRec,
} from './model';
import { clusterName, orgName, type NameContext } from './names';
import { COUNTRIES, EU_BODIES, PERIODS } from './places';
import { SECTORS } from './sectors';
import { allianceName, eventName, programmeName, projectTitle, type ProgrammeScope } from './titles';

const SCOPES: ProgrammeScope[] = ['eu', 'national', 'regional'];
const SLOTS = [undefined, 'regional-government', 'national-agency', 'ministry'] as const;

function context(p: Plan, x: Located, i: number): NameContext {
  const r = x.region[i];
  return {
    city: cityName(p.geo, x.city[i]),
    region: regionName(p.geo, r),
    country: COUNTRIES[p.geo.regionCountry[r]],
    sector: SECTORS[x.sector[i]],
  };
}

/** An entity record named by the name generators: its name, with the name's other spellings as aliases. */
function entity(
  kind: EntityRec['kind'],
  id: string,
  named: { name: string; aliases?: string[] },
  fields: Omit<EntityRec, 'record' | 'kind' | 'id' | 'name' | 'aliases'>,
): EntityRec {
  return {
    record: 'entity',
    kind,
    id,
    name: named.name,
    aliases: aliases(named.name, ...(named.aliases ?? [])),
    ...fields,
  };
}

/** Entity records of all actors: programmes, organisations, clusters, alliances, projects, events. */
export function* actorEntities(p: Plan): Generator<EntityRec> {
  const { geo, programmes: pg, orgs: o, clusters: c, alliances: a, projects: pr, events: e } = p;
  let rng = p.rng.fork('names-programmes');
  for (let i = 0; i < pg.n; i++) {
    const place = pg.place[i];
    const r = pg.scope[i] === 2 ? place : pg.scope[i] === 1 ? geo.countryStart[place] : 0;
    const ctx: NameContext = {
      city: '',
      region: pg.scope[i] === 2 ? regionName(geo, r) : 'Europe',
      country: COUNTRIES[pg.scope[i] === 0 ? 0 : geo.regionCountry[r]],
      sector: SECTORS[pg.sector[i]],
    };
    const named = programmeName(rng, SCOPES[pg.scope[i]], pg.period[i], pg.nth[i], ctx);
    const [from, to] = PERIODS[pg.period[i]];
    yield entity('Programme', programmeId(i), named, {
      programmeType: named.type,
      startDate: String(from),
      endDate: to < REF_YEAR ? String(to) : undefined,
    });
  }
  rng = p.rng.fork('names-orgs');
  for (let i = 0; i < o.n; i++) {
    const slot = o.slot[i];
    const named =
      slot >= 4
        ? { name: EU_BODIES[slot - 4][0], aliases: [EU_BODIES[slot - 4][1]], website: undefined }
        : orgName(rng, ORG_TYPES[o.type[i]], context(p, o, i), SLOTS[slot]);
    yield entity('Organisation', orgId(i), named, {
      website: named.website,
      orgType: ORG_TYPES[o.type[i]],
      founded: String(o.founded[i]),
    });
  }
  rng = p.rng.fork('names-clusters');
  for (let i = 0; i < c.n; i++) {
    const ctx = context(p, c, i);
    const named = clusterName(rng, ctx);
    yield entity('Cluster', clusterId(i), named, {
      description: `Synthetic ${ctx.sector.name} cluster in ${ctx.city}, ${ctx.region} (${ctx.country.name}).`,
      labels: rng.chance(0.08) ? ['key-national-cluster'] : undefined,
      website: named.website,
      founded: String(c.founded[i]),
    });
  }
  rng = p.rng.fork('names-alliances');
  for (let i = 0; i < a.n; i++) {
    const ctx = context(p, a, i);
    const type = ALLIANCE_TYPES[a.type[i]];
    const named = allianceName(rng, type, ctx);
    yield entity('Alliance', allianceId(i), named, {
      description: `Synthetic ${type} of clusters and organisations working on ${ctx.sector.name}, run from ${ctx.city}.`,
      allianceType: type,
      founded: String(a.founded[i]),
    });
  }
  rng = p.rng.fork('names-projects');
  const now = REF_YEAR * 12;
  for (let i = 0; i < pr.n; i++) {
    const named = projectTitle(rng, context(p, pr, i));
    const end = pr.start[i] + pr.months[i] - 1;
    yield entity('Project', projectId(i), named, {
      description: `Synthetic project on ${SECTORS[pr.sector[i]].name}.`,
      startDate: isoMonth(pr.start[i]),
      endDate: isoMonth(end),
      status: pr.start[i] > now ? 'planned' : end < now ? 'completed' : 'ongoing',
    });
  }
  rng = p.rng.fork('names-events');
  for (let i = 0; i < e.n; i++) {
    const type = EVENT_TYPES[e.type[i]];
    const named = eventName(rng, type, context(p, e, i), e.year[i]);
    const [y, m, d] = [e.year[i], e.month[i], e.day[i]];
    yield entity('Event', eventId(i), named, {
      eventType: type,
      startDate: isoDay(y, m, d),
      endDate: e.days[i] > 1 ? isoDay(y, m, d + e.days[i] - 1) : undefined,
    });
  }
}
