import { auditServer } from 'graphql-http';
import { loadConfig } from '../../src/config';
import { withTestServers, type TestServer } from '../helpers/server';

const APP = 'https://app.example.org';

/** POSTs a raw GraphQL-over-HTTP request and returns status, headers and the parsed body. */
async function post(server: TestServer, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] },
  };
}

describe('GraphQL over HTTP, as a client library or a browser app meets it', () => {
  const servers = withTestServers({
    plain: {},
    withCors: {
      limits: {
        ...loadConfig({}).limits,
        corsOrigins: loadConfig({ CORS_ORIGINS: `${APP}, http://localhost:5173` }).limits.corsOrigins,
      },
    },
  });

  it("passes every MUST and SHOULD of graphql-http's audit", async () => {
    const results = await auditServer({ url: `${servers.plain.url}/graphql` });
    const failed = results
      .filter((r) => r.status === 'error' || r.status === 'warn')
      .map((r) => `${r.id} ${r.name}: ${r.status === 'ok' ? '' : r.reason}`);
    expect(failed).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThanOrEqual(50);
  });

  it('answers request errors 200 under application/json and 400 under application/graphql-response+json', async () => {
    const invalid = { query: '{ clusters(first: "x") { totalCount } }' };
    const legacy = await post(servers.plain, invalid, { accept: 'application/json' });
    expect([legacy.status, legacy.type]).toEqual([200, 'application/json; charset=utf-8']);
    expect(legacy.body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const modern = await post(servers.plain, invalid, { accept: 'application/graphql-response+json' });
    expect([modern.status, modern.type]).toEqual([400, 'application/graphql-response+json; charset=utf-8']);
    // Not request errors: refusals keep their status under any media type.
    const subscription = await post(servers.plain, { query: 'subscription { x }' }, { accept: 'application/json' });
    expect([subscription.status, subscription.body.errors?.[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('an operationName the document does not define is named in a 400, not answered 500 (GraphiQL sent a stale one)', async () => {
    for (const query of [
      'query FindActor { health { version } }',
      'mutation Both { unlink(input: {kind: MEMBER_OF, from: "a", to: "b"}) }',
    ]) {
      const res = await post(servers.plain, { query, operationName: 'EntityFacts' }, { accept: 'application/json' });
      expect([res.status, res.body.errors?.[0].extensions.code, res.body.errors?.[0].message]).toEqual([
        400,
        'OPERATION_RESOLUTION_FAILURE',
        'Unknown operation named "EntityFacts".',
      ]);
    }
  });

  it('a variable that cannot be coerced is named in extensions.field', async () => {
    const scalar = await post(servers.plain, {
      query: 'query Page($n: Int!) { clusters(first: $n) { totalCount } }',
      variables: { n: 'ten' },
    });
    expect(scalar.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'n' });
    const missing = await post(servers.plain, {
      query: 'query Page($n: Int!) { clusters(first: $n) { totalCount } }',
      variables: {},
    });
    expect(missing.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'n' });
    const nested = await post(servers.plain, {
      query: 'mutation Save($input: ClusterInput!) { upsertCluster(input: $input) { id } }',
      variables: { input: { id: 'c', name: 'C', aliases: 'not-a-list-of-one', founded: 2019 } },
    });
    expect(nested.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.founded' });
  });

  it('a persisted-query hash that does not match its query is a 400 BAD_REQUEST naming the hash', async () => {
    const res = await post(servers.plain, {
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toEqual({
      code: 'BAD_REQUEST',
      field: 'extensions.persistedQuery.sha256Hash',
    });
  });

  it('a browser app on a CORS_ORIGINS origin passes the preflight; other origins get no CORS headers', async () => {
    const preflight = (server: TestServer, origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization, x-neo4j-bookmarks',
        },
      });
    const allowed = await preflight(servers.withCors, APP);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/x-neo4j-bookmarks/);
    const other = await preflight(servers.withCors, 'https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const unconfigured = await preflight(servers.plain, APP);
    expect(unconfigured.headers.get('access-control-allow-origin')).toBeNull();
    // The actual request from the allowed origin sees the headers a client reads back.
    const res = await fetch(`${servers.withCors.url}/graphql`, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/x-request-id.*x-neo4j-bookmarks/);
  });

  it('CSRF prevention still holds for an allowed origin: a simple (non-preflighted) request is refused', async () => {
    const res = await fetch(`${servers.withCors.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { origin: APP },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it('refuses a CORS_ORIGINS entry that is not an origin, naming the variable', () => {
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS.*expected origins/);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.org/path' })).toThrow(/CORS_ORIGINS/);
  });
});
