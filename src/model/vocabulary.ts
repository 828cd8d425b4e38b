/**
 * The partnership graph's vocabulary: node kinds, their own fields, relation types with the kinds
 * they may join and their roles. One source of truth for import validation, the API and docs/model.md.
 */

export const ENTITY_KINDS = [
  'Cluster',
  'Organisation',
  'Region',
  'Project',
  'Alliance',
  'Event',
  'Programme',
  'Sector',
  'Source',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Kinds that act: they can cooperate with one another (every kind but the topics and the evidence). */
export const ACTOR_KINDS: EntityKind[] = ENTITY_KINDS.filter((k) => k !== 'Sector' && k !== 'Source');

export const LABELS = ['key-national-cluster', 'unesco-world-heritage', 'capital', 'good-practice'] as const;

/** A closed list of values; `name` is what the API calls it (a GraphQL enum). */
export interface VocabularyEnum {
  name: string;
  enum: readonly string[];
}

export type FieldType = 'string' | 'date' | 'integer' | 'number' | VocabularyEnum;

export interface KindSpec {
  fields: Record<string, FieldType>;
  required: string[];
}

export const ORG_TYPES = [
  'company',
  'university',
  'research-institute',
  'public-authority',
  'development-agency',
  'association',
  'foundation',
  'funder',
  'innovation-hub',
  'science-park',
  'venue',
  'media',
  'other',
] as const;
export const REGION_LEVELS = [
  'macro-region',
  'country',
  'region',
  'sub-region',
  'city',
  'locality',
  'area',
  'site',
] as const;
export const ALLIANCE_TYPES = ['alliance', 'consortium', 'network', 'association'] as const;
export const EVENT_TYPES = [
  'conference',
  'congress',
  'study-visit',
  'pitching-session',
  'meeting',
  'workshop',
  'exhibition',
  'ranking',
  'other',
] as const;
export const PROGRAMME_TYPES = ['programme', 'fund', 'framework', 'scheme'] as const;
export const SECTOR_TYPES = ['thematic-area', 'smart-specialisation', 'industry'] as const;
export const PROJECT_STATUSES = ['planned', 'ongoing', 'completed'] as const;

/**
 * Fields every entity may have besides its kind-specific ones. `owner` is the organisation (an actor's id) that
 * may change the entity (docs/access.md, "Ownership").
 */
export const COMMON_FIELDS = [
  'kind',
  'id',
  'name',
  'aliases',
  'description',
  'sources',
  'labels',
  'website',
  'owner',
] as const;

export const KIND_SPECS: Record<EntityKind, KindSpec> = {
  Cluster: { fields: { founded: 'date', dissolved: 'date' }, required: [] },
  Organisation: {
    fields: { orgType: { name: 'OrgType', enum: ORG_TYPES }, founded: 'date', dissolved: 'date' },
    required: ['orgType'],
  },
  Region: {
    fields: {
      level: { name: 'RegionLevel', enum: REGION_LEVELS },
      countryCode: 'string',
      population: 'integer',
      populationYear: 'integer',
      areaKm2: 'number',
    },
    required: ['level'],
  },
  Project: {
    fields: { startDate: 'date', endDate: 'date', status: { name: 'ProjectStatus', enum: PROJECT_STATUSES } },
    required: [],
  },
  Alliance: {
    fields: { allianceType: { name: 'AllianceType', enum: ALLIANCE_TYPES }, founded: 'date', dissolved: 'date' },
    required: ['allianceType'],
  },
  Event: {
    fields: { eventType: { name: 'EventType', enum: EVENT_TYPES }, startDate: 'date', endDate: 'date' },
    required: ['eventType'],
  },
  Programme: {
    fields: { programmeType: { name: 'ProgrammeType', enum: PROGRAMME_TYPES }, startDate: 'date', endDate: 'date' },
    required: ['programmeType'],
  },
  Sector: { fields: { sectorType: { name: 'SectorType', enum: SECTOR_TYPES } }, required: ['sectorType'] },
  Source: {
    fields: {
      title: 'string',
      url: 'string',
      publisher: 'string',
      author: 'string',
      publishedOn: 'date',
      language: 'string',
      file: 'string',
    },
    required: ['title'],
  },
};

export const RELATION_TYPES = [
  'MEMBER_OF',
  'FOUNDED',
  'PARTICIPATES_IN',
  'PARTNER_OF',
  'ORGANISED',
  'HOSTED',
  'ATTENDED',
  'FUNDED_BY',
  'MANAGED_BY',
  'LOCATED_IN',
  'PART_OF',
  'BORDERS',
  'UNIT_OF',
  'EVENT_OF',
  'FOCUSES_ON',
  'SUBSECTOR_OF',
  'RANKED_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationSpec {
  from: EntityKind[];
  to: EntityKind[];
  roles: string[];
  /** Extra numeric property this type may carry. */
  extra?: 'amountEur' | 'lengthKm' | 'rank';
  meaning: string;
}

const NOT_GEO: EntityKind[] = ['Cluster', 'Organisation', 'Project', 'Alliance', 'Event', 'Programme'];
const PARTNERS: EntityKind[] = ['Cluster', 'Organisation', 'Region', 'Alliance', 'Project'];

export const RELATION_SPECS: Record<RelationType, RelationSpec> = {
  MEMBER_OF: {
    from: ['Cluster', 'Organisation', 'Project', 'Region'],
    to: ['Cluster', 'Alliance', 'Organisation'],
    roles: ['member', 'founding-member', 'consortium-member', 'partner'],
    meaning: 'membership of a cluster, alliance, consortium or association',
  },
  FOUNDED: {
    from: ['Cluster', 'Organisation', 'Region', 'Project'],
    to: ['Alliance', 'Project', 'Organisation', 'Cluster', 'Event'],
    roles: ['founder', 'co-founder', 'initiator'],
    meaning: 'founding or initiating',
  },
  PARTICIPATES_IN: {
    from: ['Cluster', 'Organisation', 'Region', 'Alliance'],
    to: ['Project'],
    roles: ['lead', 'coordinator', 'partner', 'implementer', 'beneficiary', 'associated'],
    meaning: 'project participation',
  },
  PARTNER_OF: {
    from: PARTNERS,
    to: PARTNERS,
    roles: ['partner', 'strategic-partner'],
    meaning: 'direct partnership (symmetric; stored once)',
  },
  ORGANISED: {
    from: ['Cluster', 'Organisation', 'Region', 'Alliance', 'Project', 'Programme'],
    to: ['Event'],
    roles: ['organiser', 'co-organiser', 'patron'],
    meaning: 'organising, or lending auspices to, an event',
  },
  HOSTED: {
    from: ['Cluster', 'Organisation', 'Region'],
    to: ['Event'],
    roles: ['host', 'venue', 'site-visit'],
    meaning: 'hosting an event (site-visit: visited during a study visit)',
  },
  ATTENDED: {
    from: ['Cluster', 'Organisation', 'Region', 'Alliance'],
    to: ['Event'],
    roles: ['participant', 'speaker', 'panellist', 'delegation', 'exhibitor'],
    meaning: 'attending an event',
  },
  FUNDED_BY: {
    from: ['Project', 'Event', 'Alliance', 'Cluster', 'Organisation', 'Region'],
    to: ['Programme', 'Organisation'],
    roles: ['funder', 'co-financier', 'allocation'],
    extra: 'amountEur',
    meaning: 'funding',
  },
  MANAGED_BY: {
    from: ['Programme'],
    to: ['Organisation'],
    roles: ['manager', 'funder'],
    meaning: 'who runs a programme',
  },
  LOCATED_IN: { from: NOT_GEO, to: ['Region'], roles: [], meaning: 'seat or venue' },
  PART_OF: { from: ['Region'], to: ['Region'], roles: [], meaning: 'region hierarchy' },
  BORDERS: { from: ['Region'], to: ['Region'], roles: [], extra: 'lengthKm', meaning: 'shared border' },
  UNIT_OF: {
    from: ['Organisation'],
    to: ['Organisation', 'Cluster'],
    roles: [],
    meaning: 'a department, institute or centre of a larger body',
  },
  EVENT_OF: {
    from: ['Event'],
    to: ['Project', 'Event', 'Alliance', 'Programme'],
    roles: [],
    meaning: 'an event held within a project, series or larger event',
  },
  FOCUSES_ON: {
    from: [...NOT_GEO, 'Region'],
    to: ['Sector'],
    roles: ['specialisation', 'priority', 'cooperation-area', 'good-practice', 'theme'],
    meaning: 'thematic focus, smart-specialisation priority, preferred cooperation area',
  },
  SUBSECTOR_OF: { from: ['Sector'], to: ['Sector'], roles: [], meaning: 'sector hierarchy' },
  RANKED_IN: {
    from: ['Region', 'Organisation', 'Cluster'],
    to: ['Event'],
    roles: [],
    extra: 'rank',
    meaning: 'appears in a ranking',
  },
};

/** Every role some relation type takes (which ones each type takes: RELATION_SPECS). */
export const RELATION_ROLES: readonly string[] = [...new Set(Object.values(RELATION_SPECS).flatMap((s) => s.roles))];

/** Relations of funding, place, topic and ranking: facts about actors, not cooperation between them. */
const NOT_COOPERATION: RelationType[] = [
  'FUNDED_BY',
  'MANAGED_BY',
  'LOCATED_IN',
  'PART_OF',
  'BORDERS',
  'FOCUSES_ON',
  'SUBSECTOR_OF',
  'RANKED_IN',
];

/** Relations that mean cooperation: what paths, shared partners and matching use by default. */
export const COOPERATION_RELATIONS: RelationType[] = RELATION_TYPES.filter((t) => !NOT_COOPERATION.includes(t));

/** Properties of a relationship besides its endpoints. */
export const RELATION_FIELDS = [
  'type',
  'from',
  'to',
  'role',
  'since',
  'until',
  'sources',
  'note',
  'amountEur',
  'lengthKm',
  'rank',
  'visibility',
] as const;

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
