import {
  ApolloClient,
  ApolloLink,
  gql,
  HttpLink,
  InMemoryCache,
  type DocumentNode,
  type OperationVariables,
} from '@apollo/client';
import { firstValueFrom } from 'rxjs';
import { filter as filter_ } from 'rxjs/operators';
import { createBookmarkLink, createCache } from '../../clients/apollo';
import * as generated from '../../clients/generated/graphql';
import { apiExamples } from '../../tools/explorer/examples';
import { withDemoApi } from '../helpers/demo-api';
import { TEST_API_KEYS } from '../helpers/server';

/**
 * Apollo Client 4 with the cache an app would configure (clients/apollo.ts: possibleTypes and
 * typePolicies) against the live server: every answer the cache gives back must be the answer the
 * network gave. A cache that merges two different things under one identity hands the app wrong data
 * silently — no error, no warning — so each test re-reads after the writes that could have clobbered it.
 */
const documents = generated as unknown as Record<string, DocumentNode>;
const queries = apiExamples().filter((e) => e.query.startsWith('query '));
const nameOf = (query: string) => /^query (\w+)/.exec(query)![1];

let comparisons = 0;
const warnings: unknown[][] = [];

describe('Apollo Client with the documented cache configuration, against the live API', () => {
  // Each test sends whole-graph analytics several times; on a loaded machine one took more than the
  // default 15 s budget (load average 17 on 2 cores). What is tested here is the cache, not the time.
  const suite = withDemoApi({ as: 'admin', limits: { requestTimeoutMs: 120_000 } });
  let client: ApolloClient;

  const newClient = (cache: InMemoryCache) =>
    new ApolloClient({
      link: new HttpLink({
        uri: `${suite.api.url}/graphql`,
        headers: { authorization: `Bearer ${TEST_API_KEYS.admin}` },
      }),
      cache,
    });

  /** The answer as the network gives it now (not written to the cache). */
  const network = async (query: DocumentNode, variables: OperationVariables): Promise<any> =>
    (await client.query({ query, variables, fetchPolicy: 'no-cache' })).data;

  /** Asserts that both ways of re-reading from the cache give `expected`; counts the comparisons. */
  async function expectCacheToGive(query: DocumentNode, variables: OperationVariables, expected: unknown) {
    expect(client.readQuery({ query, variables })).toEqual(expected);
    expect((await client.query({ query, variables, fetchPolicy: 'cache-only' })).data).toEqual(expected);
    comparisons += 2;
  }

  /** Fetches each operation through the cache, then re-reads every one of them after all were written. */
  async function expectEachRereadToEqualItsAnswer(ops: { query: DocumentNode; variables: OperationVariables }[]) {
    const answers: any[] = [];
    for (const op of ops) answers.push((await client.query({ ...op, fetchPolicy: 'network-only' })).data);
    for (const [i, op] of ops.entries()) await expectCacheToGive(op.query, op.variables, answers[i]);
    return answers;
  }

  beforeAll(() => {
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args));
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void warnings.push(args));
    client = newClient(createCache());
  });
  afterAll(() => {
    jest.restoreAllMocks();
    console.log(`real-client suite: ${comparisons} cache re-reads compared with the network answer`);
  });

  it('has a generated typed document for every query of docs/api.md', () => {
    expect(queries.length).toBeGreaterThanOrEqual(15);
    for (const e of queries) expect(documents[`${nameOf(e.query)}Document`]).toBeDefined();
  });

  it('re-reads every documented query from the cache as the network answered it, after all of them were written', async () => {
    await expectEachRereadToEqualItsAnswer(
      queries.map((e) => ({ query: documents[`${nameOf(e.query)}Document`], variables: e.variables })),
    );
  }, 600_000);

  it('a filtered facet query does not overwrite the unfiltered counts in the cache', async () => {
    const query = generated.EntitiesWithFacetsDocument;
    const [all, malopolska] = await expectEachRereadToEqualItsAnswer([
      { query, variables: { filter: { kinds: ['CLUSTER', 'ORGANISATION', 'REGION'] }, first: 5 } },
      {
        query,
        variables: { filter: { kinds: ['CLUSTER', 'ORGANISATION', 'REGION'], region: 'malopolska' }, first: 5 },
      },
    ]);
    // The pair is a real threat only if one facet value has two different counts.
    const count = (d: any, value: string): number | undefined =>
      d.entities.facets.kinds.find((f: { value: string }) => f.value === value)?.count;
    expect(count(all, 'REGION')).toBeGreaterThan(count(malopolska, 'REGION') ?? 0);
  });

  it('regional communities do not replace the whole graph’s communities in the cache', async () => {
    const query = generated.RegionalCommunitiesDocument;
    const [whole, regional] = await expectEachRereadToEqualItsAnswer([
      { query, variables: { region: null, first: 5, membersFirst: 5 } },
      { query, variables: { region: 'malopolska', first: 5, membersFirst: 5 } },
    ]);
    expect(whole.communities.communities[0].key).not.toBe(regional.communities.communities[0].key);
    expect(whole.communities.communityCount).toBeGreaterThan(regional.communities.communityCount);
  });

  it('pages fetched with fetchMore merge into the list the network gives in one page', async () => {
    const query = generated.EntitiesWithFacetsDocument;
    const filter = { region: 'silesian-voivodeship' };
    const watched = client.watchQuery({ query, variables: { filter, first: 4 }, fetchPolicy: 'network-only' });
    const first = await firstValueFrom(watched.pipe(filter_((r) => r.dataState === 'complete')));
    const { endCursor } = first.data.entities.pageInfo;
    await watched.fetchMore({ variables: { after: endCursor } });
    await watched.fetchMore({
      variables: { after: client.readQuery({ query, variables: { filter, first: 4 } })!.entities.pageInfo.endCursor },
    });
    const onePage = await network(query, { filter, first: 12 });
    expect(onePage.entities.edges).toHaveLength(12);
    await expectCacheToGive(query, { filter, first: 4 }, onePage);
  });

  it('two selections of one relation connection keep both readers’ answers (edges have an identity per view)', async () => {
    /** One entity's relation field, first 5 edges, with the given fields on each edge and on its node. */
    const edgesOf = (name: string, kind: string, field: string, edge: string, node: string, extra = '') =>
      gql(`query ${name}($id: ID!) { entity(id: $id) { __typename id ... on ${kind} {
        ${field}(first: 5) { ${extra} edges { __typename id ${edge} node { __typename id ${node} } } } } } }`);
    const roles = edgesOf('MembersRoles', 'Alliance', 'members', 'role', 'name', 'totalCount');
    const dates = edgesOf('MembersDates', 'Alliance', 'members', 'since direction', '');
    // The same ties read from their other end: another view, another edge id, another direction.
    const fromMember = edgesOf('MemberOf', 'Cluster', 'memberOf', 'direction role', '');
    const [byRole, byDate] = await expectEachRereadToEqualItsAnswer([
      { query: roles, variables: { id: 'urbanhub-europe' } },
      { query: dates, variables: { id: 'urbanhub-europe' } },
      { query: fromMember, variables: { id: 'south-poland-cleantech-cluster' } },
    ]);
    expect(byRole.entity.members.edges.length).toBeGreaterThan(1);
    expect(byDate.entity.members.edges.map((e: any) => e.id)).toEqual(
      byRole.entity.members.edges.map((e: any) => e.id),
    );
  });

  it('relation pages fetched with fetchMore merge into the connection the network gives in one page', async () => {
    const query = gql`
      query Relations($id: ID!, $first: Int!, $after: String) {
        entity(id: $id) {
          __typename
          id
          ... on Region {
            relations(first: $first, after: $after) {
              totalCount
              pageInfo {
                hasNextPage
                endCursor
              }
              edges {
                __typename
                id
                cursor
                kind
                node {
                  __typename
                  id
                  name
                }
              }
            }
          }
        }
      }
    `;
    const id = 'malopolska';
    const watched = client.watchQuery({ query, variables: { id, first: 3 }, fetchPolicy: 'network-only' });
    const first: any = (await firstValueFrom(watched.pipe(filter_((r) => r.dataState === 'complete')))).data;
    expect(first.entity.relations.pageInfo.hasNextPage).toBe(true);
    await watched.fetchMore({ variables: { after: first.entity.relations.pageInfo.endCursor } });
    const onePage = await network(query, { id, first: 6 });
    expect(onePage.entity.relations.edges).toHaveLength(6);
    await expectCacheToGive(query, { id, first: 3 }, onePage);
  });

  it('a fragment on the Entity interface reads back its fields, not only __typename (possibleTypes)', async () => {
    const query = gql`
      query EntityCards($query: String!) {
        search(query: $query, first: 5) {
          score
          entity {
            ...EntityCard
          }
        }
      }
      fragment EntityCard on Entity {
        __typename
        id
        name
        kind
        ... on Cluster {
          region {
            __typename
            id
            name
          }
        }
      }
    `;
    const variables = { query: 'cluster' };
    const answer = await network(query, variables);
    expect(answer.search.length).toBeGreaterThan(0);
    await client.query({ query, variables, fetchPolicy: 'network-only' });
    await expectCacheToGive(query, variables, answer);

    // Without possibleTypes the same cache cannot tell that a Cluster is an Entity: the fragment's fields
    // are not read back. This is what the generated possible-types.json is for.
    const bare = newClient(new InMemoryCache());
    await bare.query({ query, variables, fetchPolicy: 'network-only' }).catch(() => undefined);
    expect(bare.readQuery({ query, variables })).not.toEqual(answer);
  });

  it('no answer made Apollo warn (a cache that drops fields it replaces says so on the console)', () => {
    expect(warnings).toEqual([]);
  });

  it('a read after a write sends back the bookmark the write returned (createBookmarkLink)', async () => {
    const sent: (string | null)[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      sent.push(new Headers(init?.headers).get('x-neo4j-bookmarks'));
      return fetch(input, init);
    };
    const bookmarkLink = createBookmarkLink();
    const writer = new ApolloClient({
      link: ApolloLink.from([
        bookmarkLink,
        new HttpLink({
          uri: `${suite.api.url}/graphql`,
          headers: { authorization: `Bearer ${TEST_API_KEYS.admin}` },
          fetch: recordingFetch,
        }),
      ]),
      cache: createCache(),
    });
    const input = { id: 'bookmark-cluster', name: 'Bookmark Cluster', aliases: [] };
    await writer.mutate({ mutation: generated.SaveClusterDocument, variables: { input } });
    const afterWrite = bookmarkLink.bookmarks();
    expect(afterWrite).toBeTruthy();
    const { data } = await writer.query({
      query: generated.EntityFactsDocument,
      variables: { id: input.id },
      fetchPolicy: 'network-only',
    });
    expect(data?.entity).toMatchObject({ __typename: 'Cluster', id: input.id, name: input.name });
    await writer.mutate({ mutation: generated.DeleteEntityDocument, variables: { id: input.id } });
    expect(sent).toEqual([null, afterWrite, expect.any(String)]);
  });
});
