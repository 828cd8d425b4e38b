import { ClientError, GraphQLClient, type Variables } from 'graphql-request';
import type { DocumentNode } from 'graphql';
import { FindActorDocument, NetworkAroundDocument, OwnCypherDocument } from '../../clients/generated/graphql';
import { withDemoApi } from '../helpers/demo-api';
import { TEST_API_KEYS } from '../helpers/server';

/**
 * graphql-request, as an app would use it, meets each error a client must handle: the code in
 * `extensions.code` and the HTTP status are what docs/clients.md's table says, for the Accept header the
 * client sends (graphql-request asks for application/graphql-response+json first).
 */
describe('errors as graphql-request sees them (codes and HTTP statuses of docs/clients.md)', () => {
  const suite = withDemoApi();
  const clientAs = (headers: Record<string, string> = {}) => new GraphQLClient(`${suite.api.url}/graphql`, { headers });
  const viewer = { authorization: `Bearer ${TEST_API_KEYS.viewer}` };

  /** The ClientError a request raises: its status and first error. */
  async function refusal(client: GraphQLClient, document: DocumentNode | string, variables?: Variables) {
    const error = await client.request(document, variables).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ClientError);
    const { response } = error as ClientError;
    return { status: response.status, headers: response.headers, error: response.errors![0] as any };
  }

  it('answers a typed document with typed data (the path docs/clients.md describes)', async () => {
    const data = await clientAs().request(FindActorDocument, { query: 'Malopolska', first: 3 });
    expect(data.search[0].entity).toMatchObject({ __typename: 'Region', id: 'malopolska' });
  });

  it('an unknown field is GRAPHQL_VALIDATION_FAILED, 400 under application/graphql-response+json', async () => {
    const r = await refusal(clientAs(), 'query Unknown { nope }');
    expect([r.status, r.error.extensions.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it('an unknown field is answered 200 to a client that accepts only application/json (it could not tell a proxy error)', async () => {
    const r = await refusal(clientAs({ accept: 'application/json' }), 'query Unknown { nope }');
    expect([r.status, r.error.extensions.code]).toEqual([200, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it('a variable of the wrong type is BAD_USER_INPUT naming the variable, 400', async () => {
    const r = await refusal(clientAs(), FindActorDocument, { query: 'x', first: 'three' });
    expect([r.status, r.error.extensions.code, r.error.extensions.field]).toEqual([400, 'BAD_USER_INPUT', 'first']);
  });

  it('an argument out of range is BAD_USER_INPUT naming it, 200 (the resolver refused it)', async () => {
    const r = await refusal(clientAs(), FindActorDocument, { query: 'x'.repeat(1001), first: 3 });
    expect([r.status, r.error.extensions.code]).toEqual([200, 'BAD_USER_INPUT']);
    expect(r.error.message).toContain('at most 1000 characters');
  });

  it('too many aliases name the limit (MAX_ALIASES) and what was found, 400', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: health { neo4jVersion }`).join(' ');
    const r = await refusal(clientAs(), `query ManyAliases { ${aliases} }`);
    expect([r.status, r.error.extensions.code, r.error.extensions.limit]).toEqual([
      400,
      'GRAPHQL_VALIDATION_FAILED',
      'MAX_ALIASES',
    ]);
    expect(r.error.extensions.found).toBe(20);
    expect(r.error.message).not.toContain('Syntax Error');
  });

  it('a forged key is UNAUTHENTICATED, 401 with WWW-Authenticate', async () => {
    const r = await refusal(clientAs({ authorization: 'Bearer not-a-key-of-this-server' }), FindActorDocument, {
      query: 'x',
      first: 1,
    });
    expect([r.status, r.error.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('an anonymous request for an analyst field is UNAUTHENTICATED, 200', async () => {
    const r = await refusal(clientAs(), OwnCypherDocument, { cypher: 'RETURN 1 AS one' });
    expect([r.status, r.error.extensions.code]).toEqual([200, 'UNAUTHENTICATED']);
  });

  it('a viewer asking for an analyst field is FORBIDDEN, 200', async () => {
    const r = await refusal(clientAs(viewer), OwnCypherDocument, { cypher: 'RETURN 1 AS one' });
    expect([r.status, r.error.extensions.code]).toEqual([200, 'FORBIDDEN']);
  });

  it('an unknown id is NOT_FOUND naming it, 200', async () => {
    const r = await refusal(clientAs(), NetworkAroundDocument, { id: 'atlantis', depth: 1, limit: 10 });
    expect([r.status, r.error.extensions.code, r.error.extensions.id]).toEqual([200, 'NOT_FOUND', 'atlantis']);
  });

  it('a subscription (not supported) is BAD_REQUEST, 400', async () => {
    const r = await refusal(clientAs(), 'subscription Ticks { health { version } }');
    expect([r.status, r.error.extensions.code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('a bookmark the server did not sign is BAD_USER_INPUT naming the header, 400', async () => {
    const r = await refusal(clientAs({ 'x-neo4j-bookmarks': 'FB:forged~AAAA' }), FindActorDocument, {
      query: 'Malopolska',
      first: 1,
    });
    expect([r.status, r.error.extensions.code, r.error.extensions.field]).toEqual([
      400,
      'BAD_USER_INPUT',
      'x-neo4j-bookmarks',
    ]);
  });

  it('a body over MAX_BODY is PAYLOAD_TOO_LARGE, 413', async () => {
    const r = await refusal(clientAs(), FindActorDocument, { query: 'x'.repeat(1_100_000), first: 1 });
    expect([r.status, r.error.extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('an unknown persisted-query hash is PERSISTED_QUERY_NOT_FOUND, 200 (send the query with it once)', async () => {
    const res = await fetch(`${suite.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect([res.status, body.errors[0].extensions.code]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
  });
});
