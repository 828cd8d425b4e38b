import { ApolloLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { map } from 'rxjs';
import { relayStylePagination } from '@apollo/client/utilities';
import possibleTypes from '../schema/possible-types.json';

/**
 * The Query fields that list entities as keyset connections (`first`/`after`, `totalCount`, `facets`):
 * one per kind and `entities`. test/unit/apollo-policies.test.ts checks the list against
 * schema/schema.graphql, so a new kind cannot be left out.
 */
export const ENTITY_LIST_FIELDS = [
  'alliances',
  'clusters',
  'entities',
  'events',
  'organisations',
  'programmes',
  'projects',
  'regions',
  'sectors',
  'sources',
] as const;

// A list is one list per (filter, orderBy, direction): `first` and `after` only page through it, so they
// stay out of the key and fetchMore's pages merge into one edge list. `totalCount`, `facets` and
// `pageInfo` come from the page last fetched; they describe the whole filtered list, not the page.
const LIST_KEY_ARGS = ['filter', 'orderBy', 'direction'];

/** The Query fields paged with `first`/`after`, and the arguments that name one list of each. */
export const QUERY_CONNECTION_KEYS: Record<string, string[]> = {
  ...Object.fromEntries(ENTITY_LIST_FIELDS.map((f) => [f, LIST_KEY_ARGS])),
  // One history per entity, newest first: changes recorded later come before its first page, so a client that
  // wants them asks for the first page again (or follows the change feed).
  history: ['id'],
};

/**
 * The entity types' relation fields: each a RelationConnection paged with `first`/`after`.
 * test/unit/apollo-policies.test.ts checks the table against schema/schema.graphql.
 */
export const RELATION_FIELDS: Record<string, readonly string[]> = {
  Alliance: ['events', 'founders', 'members', 'projects', 'relations', 'sectors'],
  Cluster: ['events', 'foundations', 'memberOf', 'members', 'partners', 'projects', 'relations', 'sectors'],
  Event: ['attendees', 'hosts', 'organisers', 'partOf', 'ranked', 'relations', 'sectors', 'sessions'],
  Organisation: [
    'events',
    'foundations',
    'memberOf',
    'members',
    'partners',
    'projects',
    'relations',
    'sectors',
    'unitOf',
    'units',
  ],
  Programme: ['funded', 'managers', 'relations', 'sectors'],
  Project: ['events', 'initiators', 'memberOf', 'participants', 'programmes', 'relations', 'sectors'],
  Region: ['borders', 'children', 'events', 'memberOf', 'projects', 'relations', 'sectors'],
  Sector: ['actors', 'relations', 'subsectors'],
  Source: ['relations'],
};

// `relations` is one list per (kinds, direction); a typed field (`members`…) is one list. `first` and
// `after` only page through it.
const relationKeyArgs = (field: string) => (field === 'relations' ? ['kinds', 'direction'] : false);

/**
 * Cache policies for this API. Entities normalise by their `id` (unique across kinds, so
 * `__typename:id` names one entity), relation edges by theirs (the end they were read from, the kind,
 * the direction and the other end: one view of one tie). Objects without an id (facet counts,
 * communities, path steps) stay inside the answer of the field that returned them, keyed by its
 * arguments: a filtered facet query or a regional community list never overwrites the unfiltered one.
 * Entity lists and relation connections page with `relayStylePagination`: fetchMore's pages append.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: Object.fromEntries(
      Object.entries(QUERY_CONNECTION_KEYS).map(([f, keys]) => [f, relayStylePagination(keys)]),
    ),
  },
  ...Object.fromEntries(
    Object.entries(RELATION_FIELDS).map(([type, fields]) => [
      type,
      { fields: Object.fromEntries(fields.map((f) => [f, relayStylePagination(relationKeyArgs(f))])) },
    ]),
  ),
};

/** An InMemoryCache that knows the schema's interfaces (schema/possible-types.json) and the policies above. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes, typePolicies });
}

/**
 * Read-your-writes: keeps the last `x-neo4j-bookmarks` a response carried and sends it with every later
 * request, so a read after a write sees it whichever replica answers. Put it before the HttpLink.
 */
export function createBookmarkLink(): ApolloLink & { bookmarks(): string | null } {
  let bookmarks: string | null = null;
  const link = new ApolloLink((operation, forward) => {
    if (bookmarks) {
      const sent = bookmarks;
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, 'x-neo4j-bookmarks': sent },
      }));
    }
    return forward(operation).pipe(
      map((result) => {
        const { response } = operation.getContext() as { response?: Response };
        bookmarks = response?.headers.get('x-neo4j-bookmarks') ?? bookmarks;
        return result;
      }),
    );
  });
  return Object.assign(link, { bookmarks: () => bookmarks });
}
