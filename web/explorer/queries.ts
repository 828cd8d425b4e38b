import { COOPERATION_RELATIONS, KIND_SPECS } from '../../src/model/vocabulary';

// Every operation the explorer sends; test/unit/explorer-queries.test.ts validates them against the schema.

const ENTITY_REF = 'id name kind';
const SOURCES = 'sources { id title url publisher publishedOn }';

// Each kind's own fields (founded, orgType, level…), from the vocabulary the API is built from.
const KIND_FIELDS = Object.entries(KIND_SPECS)
  .map(([kind, spec]) => `... on ${kind} { ${Object.keys(spec.fields).join(' ')} }`)
  .join('\n    ');

export const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 12) { score entity { ${ENTITY_REF} description } }
}`;

export const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    ${ENTITY_REF} aliases description website labels
    ${SOURCES}
    ${KIND_FIELDS}
    relations(first: 300) { edges { kind direction role since until note amountEur lengthKm rank node { ${ENTITY_REF} } ${SOURCES} } }
  }
}`;

/** Names of up to 10 entities by id (one alias each): `e0`, `e1`… with variables `i0`, `i1`… */
export function namesQuery(count: number): string {
  const n = [...Array(count).keys()];
  return `query Names(${n.map((i) => `$i${i}: ID!`).join(', ')}) { ${n.map((i) => `e${i}: entity(id: $i${i}) { ${ENTITY_REF} }`).join(' ')} }`;
}

export const PATHS = `query Paths($from: ID!, $to: ID!, $via: [RelationKind!], $maxHops: Int!, $limit: Int!, $asOf: String) {
  cooperationPaths(from: $from, to: $to, via: $via, maxHops: $maxHops, limit: $limit, asOf: $asOf) {
    length
    nodes { ${ENTITY_REF} }
    steps { kind direction role since until note from { id } entity { ${ENTITY_REF} } ${SOURCES} }
  }
}`;

export const SHARED_PARTNERS = `query SharedPartners($ids: [ID!]!, $asOf: String) {
  sharedPartners(ids: $ids, first: 20, asOf: $asOf) {
    strength
    partner { ${ENTITY_REF} }
    ties { actor { ${ENTITY_REF} } strength evidenceCount evidence { via { ${ENTITY_REF} } kinds role weight } }
  }
}`;

export const MATCHES = `query Matches($for: ID!, $asOf: String) {
  cooperationMatches(for: $for, first: 10, asOf: $asOf) {
    score
    candidate { ${ENTITY_REF} }
    reasons { kind weight explanation entities { ${ENTITY_REF} } }
  }
}`;

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!, $asOf: String) {
  neighbourhood(id: $id, depth: $depth, limit: $limit, asOf: $asOf) {
    truncated
    nodes { ${ENTITY_REF} }
    edges { kind start end role }
  }
}`;

/** Per year: the partners an entity gained, the projects it was in, the events it went to (the entity page's chart). */
export const TIMELINE = `query Timeline($id: ID!) {
  timeline(id: $id) { years { year newPartners { id } activeProjects { id } events { id } } }
}`;

/** What the path finder adds to the cooperation relations when geography and sectors may link actors. */
export const GEOGRAPHY_AND_SECTORS = [...COOPERATION_RELATIONS, 'LOCATED_IN', 'PART_OF', 'FOCUSES_ON', 'SUBSECTOR_OF'];

/** The short form of an entity every answer carries. */
export interface EntityRef {
  id: string;
  name: string;
  kind: string;
}

export interface SourceRef {
  id: string;
  title: string;
  url?: string | null;
  publisher?: string | null;
  publishedOn?: string | null;
}

/** What a relation and a path's hop both carry. */
export interface Tie {
  kind: string;
  direction: string;
  role?: string | null;
  since?: string | null;
  until?: string | null;
  note?: string | null;
  sources: SourceRef[];
}
