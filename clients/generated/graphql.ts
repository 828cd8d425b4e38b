/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How central an entity is in the cooperation graph */
export type CentralityMetric =
  /** Shortest paths between other entities that pass through it, each pair counted once (Brandes; estimated from a seeded sample of sources on large graphs) */
  | 'BETWEENNESS'
  /** Distinct cooperation partners */
  | 'DEGREE'
  /** Importance from the importance of its partners (damping 0.85) */
  | 'PAGERANK';

/** What upsertCluster stores: every field of the cluster */
export type ClusterInput = {
  /** Other spellings, acronyms, translations and native names */
  aliases?: Array<string> | null | undefined;
  /** What it is and does, in a few sentences */
  description?: string | null | undefined;
  /** Date it was dissolved or ceased to exist (ISO, year/month/day precision); absent while it exists */
  dissolved?: string | null | undefined;
  /** Founding date (ISO, year/month/day precision) */
  founded?: string | null | undefined;
  /** Stable human-readable id (a slug: lowercase letters, digits and single hyphens), unique across all kinds */
  id: string | number;
  /** Statuses, e.g. key-national-cluster, unesco-world-heritage */
  labels?: Array<string> | null | undefined;
  /** Name in its usual spelling, e.g. Małopolska */
  name: string;
  /** The organisation (an actor id) whose editors may change it; absent: only admins may (and the actor itself, when it is an organisation’s own actor). Absent: unchanged (new: the editor’s organisation) */
  owner?: string | number | null | undefined;
  /** Ids of the Source entities that state the facts about it */
  sources?: Array<string | number> | null | undefined;
  /** Its web address */
  website?: string | null | undefined;
};

/** Direction of a relation as seen from the entity it is read from */
export type Direction =
  /** Either way */
  | 'BOTH'
  /** From the other end to the entity it is read from */
  | 'INCOMING'
  /** From the entity it is read from to the other end */
  | 'OUTGOING';

/** Filters of a list; all given ones must hold */
export type EntityFilter = {
  /** Only entities that existed on this day (YYYY-MM-DD): founded or started by then and not dissolved or ended (docs/model.md, "When a tie holds") */
  asOf?: string | null | undefined;
  /** Country: ISO code (PL) or region id (poland) */
  country?: string | null | undefined;
  /** Start/founding/publication date on or after (ISO) */
  dateFrom?: string | null | undefined;
  /** Start/founding/publication date on or before (ISO) */
  dateTo?: string | null | undefined;
  /** Kinds (the `entities` list only) */
  kinds?: Array<EntityKind> | null | undefined;
  /** Labels that must all be present, e.g. key-national-cluster */
  labels?: Array<string> | null | undefined;
  /** Organisation types (organisations only) */
  orgTypes?: Array<OrgType> | null | undefined;
  /** Region id: entities located in it or in any region below it (for regions: the region and those below it) */
  region?: string | null | undefined;
  /** Sector id: entities focusing on it or on one of its subsectors */
  sector?: string | null | undefined;
  /** Full-text match on names, aliases and descriptions */
  text?: string | null | undefined;
};

/** The kinds of node in the partnership graph */
export type EntityKind =
  /** An alliance, consortium, network or association of clusters */
  | 'ALLIANCE'
  /** An innovation or business cluster */
  | 'CLUSTER'
  /** A conference, congress, study visit, pitching session, meeting, workshop, exhibition or ranking */
  | 'EVENT'
  /** A company, university, institute, authority, agency, association, hub… */
  | 'ORGANISATION'
  /** A funding programme, fund, framework or scheme */
  | 'PROGRAMME'
  /** A project, initiative or programme of work with partners, usually with start and end dates */
  | 'PROJECT'
  /** A place: macro-region, country, region (voivodeship/NUTS 2), sub-region, city, locality, area or site */
  | 'REGION'
  /** A thematic area, smart specialisation or industry */
  | 'SECTOR'
  /** A document that facts in the graph come from */
  | 'SOURCE';

/** What a list is ordered by */
export type EntityOrder =
  /** By start date, founding or publication date; entities without one come last */
  | 'DATE'
  /** By the number of cooperation ties: partners, memberships, participations, events */
  | 'DEGREE'
  /** By name (ties broken by id) */
  | 'NAME';

/** A relationship to create or update, identified by (from, kind, to) */
export type LinkInput = {
  /** FUNDED_BY: amount in euros */
  amountEur?: number | null | undefined;
  /** Id of the entity the relationship starts at */
  from: string | number;
  /** The relationship type */
  kind: RelationKind;
  /** BORDERS: length of the shared border in kilometres */
  lengthKm?: number | null | undefined;
  /** A remark about the tie in words */
  note?: string | null | undefined;
  /** RANKED_IN: position in the ranking (1 is first) */
  rank?: number | null | undefined;
  /** One of the roles the relation kind takes (docs/model.md) */
  role?: RelationRole | null | undefined;
  /** When the tie began (ISO date, year/month/day precision) */
  since?: string | null | undefined;
  /** Ids of the Source entities that state the tie */
  sources?: Array<string | number> | null | undefined;
  /** Id of the entity the relationship points to */
  to: string | number;
  /** When the tie ended (ISO date, year/month/day precision); absent while it holds or when unknown */
  until?: string | null | undefined;
  /** Who may see the tie: PUBLIC (everyone, the default), PARTNERS (the organisations at either end and their members), PRIVATE (the organisations at either end, and admins); only cooperation relations take another value than PUBLIC (docs/access.md) */
  visibility?: TieVisibility;
};

/** Which way a list is ordered */
export type OrderDirection =
  /** Smallest first (A to Z, oldest, fewest ties) */
  | 'ASC'
  /** Largest first (Z to A, newest, most ties) */
  | 'DESC';

/** Values of OrgType */
export type OrgType =
  /** An association, chamber or federation of members */
  | 'ASSOCIATION'
  /** A business */
  | 'COMPANY'
  /** A regional or national development agency */
  | 'DEVELOPMENT_AGENCY'
  /** A foundation */
  | 'FOUNDATION'
  /** A body whose role is to fund (a bank, an investor, a funding agency) */
  | 'FUNDER'
  /** An innovation hub, technology-transfer or business-support centre */
  | 'INNOVATION_HUB'
  /** A newspaper, broadcaster or publisher */
  | 'MEDIA'
  /** None of the other types */
  | 'OTHER'
  /** A ministry, regional or local government, or another public body */
  | 'PUBLIC_AUTHORITY'
  /** A research institute or laboratory */
  | 'RESEARCH_INSTITUTE'
  /** A science, technology or industrial park */
  | 'SCIENCE_PARK'
  /** A university or other higher-education institution */
  | 'UNIVERSITY'
  /** A venue: a congress centre, an exhibition hall */
  | 'VENUE';

/** The parts a match score is made of (docs/matching.md) */
export type ReasonKind =
  /** Partners both have: 1 × Σ 1 / ln(1 + ties of the partner) (Adamic–Adar) */
  | 'COMMON_PARTNERS'
  /** 0.25 per sector of the candidate one step broader or narrower than one of the actor’s */
  | 'COMPLEMENTARY_SECTORS'
  /** 0.4 when they lie in different countries, in regions that share a border */
  | 'CROSS_BORDER'
  /** 0.3 × ln(1 + the candidate’s cooperation ties): a track record of cooperating */
  | 'EXPERIENCE'
  /** 0.15 when they lie in the same country but not the same region */
  | 'SAME_COUNTRY'
  /** 0.3 when both lie in the same first-level region */
  | 'SAME_REGION'
  /** 0.3 per programme funding projects (or the actors) of both */
  | 'SHARED_PROGRAMMES'
  /** 0.5 per sector both focus on */
  | 'SHARED_SECTORS';

/** Values of RegionLevel */
export type RegionLevel =
  /** An area without administrative borders (a valley, a basin, a coast) */
  | 'AREA'
  /** A city or town */
  | 'CITY'
  /** A country */
  | 'COUNTRY'
  /** A village, district or other named place within a city or region */
  | 'LOCALITY'
  /** A group of countries or regions (e.g. the Visegrád Group, Central Europe) */
  | 'MACRO_REGION'
  /** A first-level region: a voivodeship, a NUTS 2 region */
  | 'REGION'
  /** A single site: a building, a campus, a heritage site */
  | 'SITE'
  /** A part of a region: a county, a NUTS 3 sub-region */
  | 'SUB_REGION';

/** Relationship types; see docs/model.md for what each joins */
export type RelationKind =
  /** attending an event */
  | 'ATTENDED'
  /** shared border */
  | 'BORDERS'
  /** an event held within a project, series or larger event */
  | 'EVENT_OF'
  /** thematic focus, smart-specialisation priority, preferred cooperation area */
  | 'FOCUSES_ON'
  /** founding or initiating */
  | 'FOUNDED'
  /** funding */
  | 'FUNDED_BY'
  /** hosting an event (site-visit: visited during a study visit) */
  | 'HOSTED'
  /** seat or venue */
  | 'LOCATED_IN'
  /** who runs a programme */
  | 'MANAGED_BY'
  /** membership of a cluster, alliance, consortium or association */
  | 'MEMBER_OF'
  /** organising, or lending auspices to, an event */
  | 'ORGANISED'
  /** project participation */
  | 'PARTICIPATES_IN'
  /** direct partnership (symmetric; stored once) */
  | 'PARTNER_OF'
  /** region hierarchy */
  | 'PART_OF'
  /** appears in a ranking */
  | 'RANKED_IN'
  /** sector hierarchy */
  | 'SUBSECTOR_OF'
  /** a department, institute or centre of a larger body */
  | 'UNIT_OF';

/** The role an entity plays in a relation; each relation kind takes some of them (docs/model.md) */
export type RelationRole =
  /** A budget line allocated from a programme */
  | 'ALLOCATION'
  /** An associated partner, without funding */
  | 'ASSOCIATED'
  /** A beneficiary of the project’s funding */
  | 'BENEFICIARY'
  /** A member of a project consortium */
  | 'CONSORTIUM_MEMBER'
  /** An area the actor wants to cooperate in */
  | 'COOPERATION_AREA'
  /** The coordinator of a project */
  | 'COORDINATOR'
  /** One of several funders */
  | 'CO_FINANCIER'
  /** One of several founders */
  | 'CO_FOUNDER'
  /** One of several organisers */
  | 'CO_ORGANISER'
  /** A delegation */
  | 'DELEGATION'
  /** An exhibitor */
  | 'EXHIBITOR'
  /** The founder */
  | 'FOUNDER'
  /** A member since the founding */
  | 'FOUNDING_MEMBER'
  /** The funder */
  | 'FUNDER'
  /** An area the actor is cited as good practice for */
  | 'GOOD_PRACTICE'
  /** The host of an event */
  | 'HOST'
  /** Who carries the project out for others */
  | 'IMPLEMENTER'
  /** Who started it without founding it formally */
  | 'INITIATOR'
  /** The lead partner of a project */
  | 'LEAD'
  /** The managing authority */
  | 'MANAGER'
  /** An ordinary member */
  | 'MEMBER'
  /** The organiser of an event */
  | 'ORGANISER'
  /** A panellist */
  | 'PANELLIST'
  /** A participant */
  | 'PARTICIPANT'
  /** A partner */
  | 'PARTNER'
  /** Who lends the event its auspices (honorary patronage) */
  | 'PATRON'
  /** A smart-specialisation priority of a region */
  | 'PRIORITY'
  /** A place visited during a study visit */
  | 'SITE_VISIT'
  /** A speaker */
  | 'SPEAKER'
  /** A specialisation of the actor */
  | 'SPECIALISATION'
  /** A partner in a long-term, formal partnership */
  | 'STRATEGIC_PARTNER'
  /** A theme of an event, project or programme */
  | 'THEME'
  /** The place an event is held in */
  | 'VENUE';

/** Who may see a tie; entities themselves are always public */
export type TieVisibility =
  /** The organisations at either end, the members of those ends, and admins */
  | 'PARTNERS'
  /** The organisations at either end, and admins */
  | 'PRIVATE'
  /** Everyone (the default) */
  | 'PUBLIC';

export type PartnerSuggestionsQueryVariables = Exact<{
  for: string | number;
  first: number;
}>;


export type PartnerSuggestionsQuery = { cooperationMatches: Array<{ score: number, candidate:
      | { __typename: 'Alliance', id: string, name: string }
      | { __typename: 'Cluster', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Programme', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Sector', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
    , reasons: Array<{ kind: ReasonKind, weight: number, explanation: string, entities: Array<
        | { __typename: 'Alliance', id: string, name: string }
        | { __typename: 'Cluster', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Programme', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Sector', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      > }> }> };

export type RegionalCommunitiesQueryVariables = Exact<{
  region?: string | number | null | undefined;
  first: number;
  membersFirst: number;
}>;


export type RegionalCommunitiesQuery = { communities: { algorithm: string, communityCount: number, communities: Array<{ key: string, size: number, label: string, members: Array<
        | { __typename: 'Alliance', id: string }
        | { __typename: 'Cluster', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'Organisation', id: string }
        | { __typename: 'Programme', id: string }
        | { __typename: 'Project', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Sector', id: string }
        | { __typename: 'Source', id: string }
      > }> } };

export type ProjectChangesQueryVariables = Exact<{
  around: string | number;
  from: string;
  to: string;
}>;


export type ProjectChangesQuery = { changes: { entity:
      | { __typename: 'Alliance', id: string, name: string }
      | { __typename: 'Cluster', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Programme', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Sector', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
    , gained: Array<{ date: string, kind: RelationKind, direction: Direction, role: string | null, entity:
        | { __typename: 'Alliance', id: string, name: string }
        | { __typename: 'Cluster', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Programme', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Sector', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , sources: Array<{ __typename: 'Source', id: string }> }>, lost: Array<{ date: string, kind: RelationKind, direction: Direction, entity:
        | { __typename: 'Alliance', id: string, name: string }
        | { __typename: 'Cluster', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Programme', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Sector', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
       }> } };

export type BridgesQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  first: number;
}>;


export type BridgesQuery = { brokers: Array<{ tiesToA: number, tiesToB: number, inA: boolean, inB: boolean, entity:
      | { __typename: 'Alliance', id: string, name: string }
      | { __typename: 'Cluster', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Programme', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Sector', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
    , examplesA: Array<
      | { __typename: 'Alliance', id: string }
      | { __typename: 'Cluster', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'Organisation', id: string }
      | { __typename: 'Programme', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'Sector', id: string }
      | { __typename: 'Source', id: string }
    >, examplesB: Array<
      | { __typename: 'Alliance', id: string }
      | { __typename: 'Cluster', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'Organisation', id: string }
      | { __typename: 'Programme', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'Sector', id: string }
      | { __typename: 'Source', id: string }
    > }> };

export type EntityFactsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityFactsQuery = { entity:
    | { __typename: 'Alliance', id: string, kind: EntityKind, name: string, aliases: Array<string>, sources: Array<{ __typename: 'Source', id: string, title: string }> }
    | { __typename: 'Cluster', id: string, kind: EntityKind, name: string, aliases: Array<string>, region: { __typename: 'Region', id: string, name: string } | null, projects: { edges: Array<{ __typename: 'RelationEdge', id: string, role: RelationRole | null, node:
            | { __typename: 'Alliance', id: string, name: string }
            | { __typename: 'Cluster', id: string, name: string }
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Programme', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Sector', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
           }> }, sectors: { edges: Array<{ __typename: 'RelationEdge', id: string, role: RelationRole | null, node:
            | { __typename: 'Alliance', id: string, name: string }
            | { __typename: 'Cluster', id: string, name: string }
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Programme', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Sector', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
           }> }, sources: Array<{ __typename: 'Source', id: string, title: string }> }
    | { __typename: 'Event', id: string, kind: EntityKind, name: string, aliases: Array<string>, sources: Array<{ __typename: 'Source', id: string, title: string }> }
    | { __typename: 'Organisation', id: string, kind: EntityKind, name: string, aliases: Array<string>, sources: Array<{ __typename: 'Source', id: string, title: string }> }
    | { __typename: 'Programme', id: string, kind: EntityKind, name: string, aliases: Array<string>, sources: Array<{ __typename: 'Source', id: string, title: string }> }
    | { __typename: 'Project', id: string, kind: EntityKind, name: string, aliases: Array<string>, sources: Array<{ __typename: 'Source', id: string, title: string }> }
    | { __typename: 'Region', id: string, kind: EntityKind, name: string, aliases: Array<string>, sources: Array<{ __typename: 'Source', id: string, title: string }> }
    | { __typename: 'Sector', id: string, kind: EntityKind, name: string, aliases: Array<string>, sources: Array<{ __typename: 'Source', id: string, title: string }> }
    | { __typename: 'Source', id: string, kind: EntityKind, name: string, aliases: Array<string>, sources: Array<{ __typename: 'Source', id: string, title: string }> }
   | null };

export type OwnCypherQueryVariables = Exact<{
  cypher: string;
  params?: unknown;
  timeoutMs?: number | null | undefined;
  maxRows?: number | null | undefined;
}>;


export type OwnCypherQuery = { analystQuery: { columns: Array<string>, graph: { nodes: Array<
        | { __typename: 'Alliance', id: string }
        | { __typename: 'Cluster', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'Organisation', id: string }
        | { __typename: 'Programme', id: string }
        | { __typename: 'Project', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Sector', id: string }
        | { __typename: 'Source', id: string }
      >, edges: Array<{ kind: RelationKind, start: string, end: string }> } } };

export type SavedAnalysisQueryVariables = Exact<{
  name: string;
  params?: unknown;
}>;


export type SavedAnalysisQuery = { runAnalysis: { columns: Array<string>, rows: Array<unknown>, truncated: boolean } };

export type CentralityRankingQueryVariables = Exact<{
  metric: CentralityMetric;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first: number;
}>;


export type CentralityRankingQuery = { centrality: { approximate: boolean, graph: { nodeCount: number, pairCount: number, engine: string }, scores: Array<{ rank: number, score: number, entity:
        | { __typename: 'Alliance', id: string, name: string }
        | { __typename: 'Cluster', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Programme', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Sector', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
       }> } };

export type RankedClustersQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
  orderBy: EntityOrder;
  direction: OrderDirection;
}>;


export type RankedClustersQuery = { clusters: { totalCount: number, edges: Array<{ node: { __typename: 'Cluster', id: string, name: string, region: { __typename: 'Region', id: string, name: string } | null } }> } };

export type EntitiesWithFacetsQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type EntitiesWithFacetsQuery = { entities: { totalCount: number, edges: Array<{ cursor: string, node:
        | { __typename: 'Alliance', id: string, kind: EntityKind, name: string }
        | { __typename: 'Cluster', id: string, kind: EntityKind, name: string }
        | { __typename: 'Event', id: string, kind: EntityKind, name: string }
        | { __typename: 'Organisation', id: string, kind: EntityKind, name: string }
        | { __typename: 'Programme', id: string, kind: EntityKind, name: string }
        | { __typename: 'Project', id: string, kind: EntityKind, name: string }
        | { __typename: 'Region', id: string, kind: EntityKind, name: string }
        | { __typename: 'Sector', id: string, kind: EntityKind, name: string }
        | { __typename: 'Source', id: string, kind: EntityKind, name: string }
       }>, facets: { kinds: Array<{ value: string, count: number }>, sectors: Array<{ value: string, name: string, count: number }> }, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProjectParticipantsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectParticipantsQuery = { entity:
    | { __typename: 'Alliance', id: string, name: string }
    | { __typename: 'Cluster', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Programme', id: string, name: string }
    | { __typename: 'Project', id: string, name: string, participants: { edges: Array<{ __typename: 'RelationEdge', id: string, role: RelationRole | null, node:
            | { __typename: 'Alliance', id: string, name: string }
            | { __typename: 'Cluster', id: string, name: string }
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Programme', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Sector', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
          , sources: Array<{ __typename: 'Source', id: string, title: string }> }> }, programmes: { edges: Array<{ __typename: 'RelationEdge', id: string, node:
            | { __typename: 'Alliance', id: string, name: string }
            | { __typename: 'Cluster', id: string, name: string }
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Programme', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Sector', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
           }> } }
    | { __typename: 'Region', id: string, name: string }
    | { __typename: 'Sector', id: string, name: string }
    | { __typename: 'Source', id: string, name: string }
   | null };

export type FindActorOfKindsQueryVariables = Exact<{
  query: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
}>;


export type FindActorOfKindsQuery = { search: Array<{ entity:
      | { __typename: 'Alliance', id: string, name: string }
      | { __typename: 'Cluster', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Programme', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Sector', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
     }> };

export type EventsInRangeQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
  orderBy: EntityOrder;
}>;


export type EventsInRangeQuery = { events: { edges: Array<{ node: { __typename: 'Event', id: string, name: string, startDate: string | null, endDate: string | null, region: { __typename: 'Region', id: string, name: string } | null } }> } };

export type FoundationTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type FoundationTimelineQuery = { timeline: { entity:
      | { __typename: 'Alliance', id: string, name: string }
      | { __typename: 'Cluster', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Programme', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Sector', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
    , years: Array<{ year: number, newPartners: Array<
        | { __typename: 'Alliance', id: string, name: string }
        | { __typename: 'Cluster', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Programme', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Sector', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      >, activeProjects: Array<{ __typename: 'Project', id: string, name: string }>, events: Array<{ __typename: 'Event', id: string, name: string }> }> } };

export type FindActorQueryVariables = Exact<{
  query: string;
  first: number;
}>;


export type FindActorQuery = { search: Array<{ score: number, entity:
      | { __typename: 'Alliance', id: string, name: string, kind: EntityKind }
      | { __typename: 'Cluster', id: string, name: string, kind: EntityKind }
      | { __typename: 'Event', id: string, name: string, kind: EntityKind }
      | { __typename: 'Organisation', id: string, name: string, kind: EntityKind }
      | { __typename: 'Programme', id: string, name: string, kind: EntityKind }
      | { __typename: 'Project', id: string, name: string, kind: EntityKind }
      | { __typename: 'Region', id: string, name: string, kind: EntityKind }
      | { __typename: 'Sector', id: string, name: string, kind: EntityKind }
      | { __typename: 'Source', id: string, name: string, kind: EntityKind }
     }> };

export type NetworkAroundQueryVariables = Exact<{
  id: string | number;
  depth: number;
  limit: number;
}>;


export type NetworkAroundQuery = { neighbourhood: { truncated: boolean, nodes: Array<
      | { __typename: 'Alliance', id: string, kind: EntityKind }
      | { __typename: 'Cluster', id: string, kind: EntityKind }
      | { __typename: 'Event', id: string, kind: EntityKind }
      | { __typename: 'Organisation', id: string, kind: EntityKind }
      | { __typename: 'Programme', id: string, kind: EntityKind }
      | { __typename: 'Project', id: string, kind: EntityKind }
      | { __typename: 'Region', id: string, kind: EntityKind }
      | { __typename: 'Sector', id: string, kind: EntityKind }
      | { __typename: 'Source', id: string, kind: EntityKind }
    >, edges: Array<{ kind: RelationKind, start: string, end: string, role: string | null }> } };

export type RegionProfileQueryVariables = Exact<{
  id: string | number;
  locatedKinds?: Array<EntityKind> | EntityKind | null | undefined;
}>;


export type RegionProfileQuery = { entity:
    | { __typename: 'Alliance', id: string, name: string }
    | { __typename: 'Cluster', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Programme', id: string, name: string }
    | { __typename: 'Project', id: string, name: string }
    | { __typename: 'Region', level: RegionLevel, id: string, name: string, parent: { __typename: 'Region', id: string, name: string } | null, country: { __typename: 'Region', id: string, name: string } | null, sectors: { edges: Array<{ __typename: 'RelationEdge', id: string, role: RelationRole | null, node:
            | { __typename: 'Alliance', id: string, name: string }
            | { __typename: 'Cluster', id: string, name: string }
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Programme', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Region', id: string, name: string }
            | { __typename: 'Sector', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
           }> }, located: Array<
        | { __typename: 'Alliance', id: string, name: string }
        | { __typename: 'Cluster', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Programme', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Sector', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      > }
    | { __typename: 'Sector', id: string, name: string }
    | { __typename: 'Source', id: string, name: string }
   | null };

export type ConnectionPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops: number;
  limit: number;
}>;


export type ConnectionPathsQuery = { cooperationPaths: Array<{ length: number, steps: Array<{ kind: RelationKind, direction: Direction, role: string | null, entity:
        | { __typename: 'Alliance', id: string, name: string }
        | { __typename: 'Cluster', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Programme', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Sector', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
      , sources: Array<{ __typename: 'Source', id: string, title: string }> }> }> };

export type LinkEntitiesMutationVariables = Exact<{
  input: LinkInput;
}>;


export type LinkEntitiesMutation = { link: { kind: RelationKind, from:
      | { __typename: 'Alliance', id: string, name: string }
      | { __typename: 'Cluster', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Programme', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Sector', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
    , to:
      | { __typename: 'Alliance', id: string, name: string }
      | { __typename: 'Cluster', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Programme', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Sector', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
     } };

export type CommonPartnersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first: number;
}>;


export type CommonPartnersQuery = { sharedPartners: Array<{ strength: number, partner:
      | { __typename: 'Alliance', id: string, name: string }
      | { __typename: 'Cluster', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Programme', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Sector', id: string, name: string }
      | { __typename: 'Source', id: string, name: string }
    , ties: Array<{ evidenceCount: number, actor:
        | { __typename: 'Alliance', id: string }
        | { __typename: 'Cluster', id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'Organisation', id: string }
        | { __typename: 'Programme', id: string }
        | { __typename: 'Project', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Sector', id: string }
        | { __typename: 'Source', id: string }
      , evidence: Array<{ kinds: Array<RelationKind>, weight: number, via:
          | { __typename: 'Alliance', id: string, name: string }
          | { __typename: 'Cluster', id: string, name: string }
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organisation', id: string, name: string }
          | { __typename: 'Programme', id: string, name: string }
          | { __typename: 'Project', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
          | { __typename: 'Sector', id: string, name: string }
          | { __typename: 'Source', id: string, name: string }
         | null }> }> }> };

export type SaveClusterMutationVariables = Exact<{
  input: ClusterInput;
}>;


export type SaveClusterMutation = { upsertCluster: { __typename: 'Cluster', id: string, name: string } };

export type BeforeAndAfterTheVisitQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type BeforeAndAfterTheVisitQuery = { before: Array<{ length: number }>, after: Array<{ length: number, steps: Array<{ kind: RelationKind, entity:
        | { __typename: 'Alliance', id: string, name: string }
        | { __typename: 'Cluster', id: string, name: string }
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Programme', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Sector', id: string, name: string }
        | { __typename: 'Source', id: string, name: string }
       }> }> };

export type DeleteEntityMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteEntityMutation = { deleteEntity: { __typename: 'DeleteResult', id: string, detachedCount: number, detached: Array<{ kind: RelationKind, other: string }> } };


export const PartnerSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"for"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"for"},"value":{"kind":"Variable","name":{"kind":"Name","value":"for"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerSuggestionsQuery, PartnerSuggestionsQueryVariables>;
export const RegionalCommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionalCommunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"membersFirst"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"communityCount"}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionalCommunitiesQuery, RegionalCommunitiesQueryVariables>;
export const ProjectChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"around"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"around"},"value":{"kind":"Variable","name":{"kind":"Name","value":"around"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectChangesQuery, ProjectChangesQueryVariables>;
export const BridgesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bridges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiesToA"}},{"kind":"Field","name":{"kind":"Name","value":"tiesToB"}},{"kind":"Field","name":{"kind":"Name","value":"inA"}},{"kind":"Field","name":{"kind":"Name","value":"inB"}},{"kind":"Field","name":{"kind":"Name","value":"examplesA"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examplesB"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BridgesQuery, BridgesQueryVariables>;
export const EntityFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityFactsQuery, EntityFactsQueryVariables>;
export const OwnCypherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnCypher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cypher"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"params"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutMs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxRows"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analystQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cypher"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cypher"}}},{"kind":"Argument","name":{"kind":"Name","value":"params"},"value":{"kind":"Variable","name":{"kind":"Name","value":"params"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeoutMs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutMs"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxRows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxRows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnCypherQuery, OwnCypherQueryVariables>;
export const SavedAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"params"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"params"},"value":{"kind":"Variable","name":{"kind":"Name","value":"params"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<SavedAnalysisQuery, SavedAnalysisQueryVariables>;
export const CentralityRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CentralityRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CentralityMetric"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centrality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"pairCount"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CentralityRankingQuery, CentralityRankingQueryVariables>;
export const RankedClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RankedClusters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDirection"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RankedClustersQuery, RankedClustersQueryVariables>;
export const EntitiesWithFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntitiesWithFacets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EntitiesWithFacetsQuery, EntitiesWithFacetsQueryVariables>;
export const ProjectParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectParticipantsQuery, ProjectParticipantsQueryVariables>;
export const FindActorOfKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindActorOfKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FindActorOfKindsQuery, FindActorOfKindsQueryVariables>;
export const EventsInRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsInRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsInRangeQuery, EventsInRangeQueryVariables>;
export const FoundationTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FoundationTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"newPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FoundationTimelineQuery, FoundationTimelineQueryVariables>;
export const FindActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<FindActorQuery, FindActorQueryVariables>;
export const NetworkAroundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkAround"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkAroundQuery, NetworkAroundQueryVariables>;
export const RegionProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locatedKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"located"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locatedKinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionProfileQuery, RegionProfileQueryVariables>;
export const ConnectionPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationPaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionPathsQuery, ConnectionPathsQueryVariables>;
export const LinkEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinkEntitiesMutation, LinkEntitiesMutationVariables>;
export const CommonPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommonPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommonPartnersQuery, CommonPartnersQueryVariables>;
export const SaveClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SaveClusterMutation, SaveClusterMutationVariables>;
export const BeforeAndAfterTheVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeforeAndAfterTheVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"cooperationPaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2019-07-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"after"},"name":{"kind":"Name","value":"cooperationPaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2019-07-05","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeforeAndAfterTheVisitQuery, BeforeAndAfterTheVisitQueryVariables>;
export const DeleteEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"detachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"detached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"other"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteEntityMutation, DeleteEntityMutationVariables>;