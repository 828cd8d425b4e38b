/**
 * What the vocabulary's words mean: every kind, kind field and closed-list value of vocabulary.ts in
 * a sentence. The GraphQL schema takes its descriptions from here (introspection, GraphiQL and the
 * generated clients show them), and test/unit/schema-vocabulary.test.ts fails when a word has none.
 */
import type { EntityKind } from './vocabulary';

export const KIND_DESCRIPTIONS: Record<EntityKind, string> = {
  Cluster: 'An innovation or business cluster',
  Organisation: 'A company, university, institute, authority, agency, association, hub…',
  Region: 'A place: macro-region, country, region (voivodeship/NUTS 2), sub-region, city, locality, area or site',
  Project: 'A project, initiative or programme of work with partners, usually with start and end dates',
  Alliance: 'An alliance, consortium, network or association of clusters',
  Event: 'A conference, congress, study visit, pitching session, meeting, workshop, exhibition or ranking',
  Programme: 'A funding programme, fund, framework or scheme',
  Sector: 'A thematic area, smart specialisation or industry',
  Source: 'A document that facts in the graph come from',
};

/** The kinds' own fields (KIND_SPECS), by name: a name means the same on every kind that has it. */
export const FIELD_DESCRIPTIONS: Record<string, string> = {
  founded: 'Founding date (ISO, year/month/day precision)',
  dissolved: 'Date it was dissolved or ceased to exist (ISO, year/month/day precision); absent while it exists',
  orgType: 'What sort of organisation it is',
  level: 'Where the place sits in the hierarchy of places',
  countryCode: 'ISO 3166-1 alpha-2, on countries',
  population: 'Number of inhabitants',
  populationYear: 'The year the population figure refers to',
  areaKm2: 'Area in square kilometres',
  startDate: 'First day (ISO date, year/month/day precision)',
  endDate: 'Last day (ISO date, year/month/day precision); absent while it runs or when unknown',
  status: 'Whether it is planned, running or over',
  allianceType: 'What form the alliance takes',
  eventType: 'What sort of event it is',
  programmeType: 'What form the funding instrument takes',
  sectorType: 'What sort of topic it is',
  title: 'Title of the document',
  url: 'Where the document can be read',
  publisher: 'Who published the document',
  author: 'Who wrote the document',
  publishedOn: 'Publication date (ISO, year/month/day precision)',
  language: 'Language of the document (ISO 639-1, e.g. pl, en)',
  file: 'File name of the stored copy of the document',
};

/** Every value of every closed list (by the list's GraphQL name), in a sentence. */
export const VALUE_DESCRIPTIONS: Record<string, Record<string, string>> = {
  OrgType: {
    company: 'A business',
    university: 'A university or other higher-education institution',
    'research-institute': 'A research institute or laboratory',
    'public-authority': 'A ministry, regional or local government, or another public body',
    'development-agency': 'A regional or national development agency',
    association: 'An association, chamber or federation of members',
    foundation: 'A foundation',
    funder: 'A body whose role is to fund (a bank, an investor, a funding agency)',
    'innovation-hub': 'An innovation hub, technology-transfer or business-support centre',
    'science-park': 'A science, technology or industrial park',
    venue: 'A venue: a congress centre, an exhibition hall',
    media: 'A newspaper, broadcaster or publisher',
    other: 'None of the other types',
  },
  RegionLevel: {
    'macro-region': 'A group of countries or regions (e.g. the Visegrád Group, Central Europe)',
    country: 'A country',
    region: 'A first-level region: a voivodeship, a NUTS 2 region',
    'sub-region': 'A part of a region: a county, a NUTS 3 sub-region',
    city: 'A city or town',
    locality: 'A village, district or other named place within a city or region',
    area: 'An area without administrative borders (a valley, a basin, a coast)',
    site: 'A single site: a building, a campus, a heritage site',
  },
  ProjectStatus: {
    planned: 'Not started yet',
    ongoing: 'Running',
    completed: 'Over',
  },
  AllianceType: {
    alliance: 'An alliance of clusters or organisations pursuing a common agenda',
    consortium: 'A consortium formed to carry out a project or bid',
    network: 'A looser network of members',
    association: 'A membership association with its own legal form',
  },
  EventType: {
    conference: 'A conference or forum',
    congress: 'A congress',
    'study-visit': 'A study visit of a delegation to another place',
    'pitching-session': 'A pitching or matchmaking session',
    meeting: 'A meeting of members or partners',
    workshop: 'A workshop or training',
    exhibition: 'A fair or exhibition',
    ranking: 'A ranking or award whose entries are ranked in it (RANKED_IN)',
    other: 'None of the other types',
  },
  ProgrammeType: {
    programme: 'A funding programme (e.g. an operational programme, Interreg)',
    fund: 'A fund',
    framework: 'A framework programme (e.g. Horizon Europe)',
    scheme: 'A scheme, call or instrument within a programme',
  },
  SectorType: {
    'thematic-area': 'A thematic area of cooperation',
    'smart-specialisation': 'A smart-specialisation priority of a region or country',
    industry: 'An industry',
  },
  RelationRole: {
    member: 'An ordinary member',
    'founding-member': 'A member since the founding',
    'consortium-member': 'A member of a project consortium',
    partner: 'A partner',
    founder: 'The founder',
    'co-founder': 'One of several founders',
    initiator: 'Who started it without founding it formally',
    lead: 'The lead partner of a project',
    coordinator: 'The coordinator of a project',
    implementer: 'Who carries the project out for others',
    beneficiary: 'A beneficiary of the project’s funding',
    associated: 'An associated partner, without funding',
    'strategic-partner': 'A partner in a long-term, formal partnership',
    organiser: 'The organiser of an event',
    'co-organiser': 'One of several organisers',
    patron: 'Who lends the event its auspices (honorary patronage)',
    host: 'The host of an event',
    venue: 'The place an event is held in',
    'site-visit': 'A place visited during a study visit',
    participant: 'A participant',
    speaker: 'A speaker',
    panellist: 'A panellist',
    delegation: 'A delegation',
    exhibitor: 'An exhibitor',
    funder: 'The funder',
    'co-financier': 'One of several funders',
    allocation: 'A budget line allocated from a programme',
    manager: 'The managing authority',
    specialisation: 'A specialisation of the actor',
    priority: 'A smart-specialisation priority of a region',
    'cooperation-area': 'An area the actor wants to cooperate in',
    'good-practice': 'An area the actor is cited as good practice for',
    theme: 'A theme of an event, project or programme',
  },
};

/** The properties a relationship (a tie) may carry, as LinkInput sets them and relation edges show them. */
export const TIE_FIELD_DESCRIPTIONS = {
  kind: 'The relationship type',
  from: 'Id of the entity the relationship starts at',
  to: 'Id of the entity the relationship points to',
  role: 'One of the roles the relation kind takes (docs/model.md)',
  since: 'When the tie began (ISO date, year/month/day precision)',
  until: 'When the tie ended (ISO date, year/month/day precision); absent while it holds or when unknown',
  note: 'A remark about the tie in words',
  sources: 'Ids of the Source entities that state the tie',
  amountEur: 'FUNDED_BY: amount in euros',
  lengthKm: 'BORDERS: length of the shared border in kilometres',
  rank: 'RANKED_IN: position in the ranking (1 is first)',
  visibility:
    'Who may see the tie: PUBLIC (everyone, the default), PARTNERS (the organisations at either end and their members), PRIVATE (the organisations at either end, and admins); only cooperation relations take another value than PUBLIC (docs/access.md)',
} as const;

/** The fields every entity has, as upsert inputs set them and entity types show them. */
export const ENTITY_FIELD_DESCRIPTIONS = {
  id: 'Stable human-readable id (a slug: lowercase letters, digits and single hyphens), unique across all kinds',
  kind: 'What kind of entity it is (also its GraphQL type)',
  name: 'Name in its usual spelling, e.g. Małopolska',
  aliases: 'Other spellings, acronyms, translations and native names',
  description: 'What it is and does, in a few sentences',
  sources: 'Ids of the Source entities that state the facts about it',
  labels: 'Statuses, e.g. key-national-cluster, unesco-world-heritage',
  website: 'Its web address',
  owner:
    'The organisation (an actor id) whose editors may change it; absent: only admins may (and the actor itself, when it is an organisation’s own actor)',
} as const;
