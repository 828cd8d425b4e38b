import { Writable } from 'node:stream';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import neo4j from 'neo4j-driver';
import { databaseOf } from '../../src/db/driver';
import { createLogger } from '../../src/logger';
import { createSchema } from '../../src/schema';
import { createServer } from '../../src/server';
import { withDemoApi } from '../helpers/demo-api';
import { startTestServer } from '../helpers/server';

/** A pino logger whose JSON lines land in `lines`. */
function capturingLogger() {
  const lines: any[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

const post = (url: string, query: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

describe('errors, logs, metrics and bookmarks', () => {
  const suite = withDemoApi({ as: 'editor' });

  it('logs one line per request with request id, operation, duration, round trips, database time and error codes, and sends Server-Timing', async () => {
    const { logger, lines } = capturingLogger();
    const api = await startTestServer(suite.db, { logger });
    try {
      // Two round trips: the region with its children (the look-ahead reads them together), then theirs.
      const ok = await post(
        api.url,
        'query Region { entity(id: "malopolska") { id ... on Region { children { edges { node { id ... on Region { children { edges { node { id } } } } } } } } } }',
        { 'x-request-id': 'req-123' },
      );
      expect(ok.headers.get('x-request-id')).toBe('req-123');
      const missing = await post(api.url, 'query Missing { neighbourhood(id: "nope") { truncated } }', {
        'x-request-id': 'bad id with spaces',
      });
      const generated = missing.headers.get('x-request-id')!;
      expect(generated).toMatch(/^[0-9a-f-]{36}$/);
      await new Promise((r) => setImmediate(r));
      const byId = (id: string) => lines.find((l) => l.requestId === id);
      expect(byId('req-123')).toMatchObject({
        msg: 'graphql request',
        operation: 'Region',
        type: 'query',
        roundTrips: 1, // the region, its children and theirs in one statement
        viewer: 'anonymous',
        durationMs: expect.any(Number),
      });
      expect(byId('req-123').errorCodes).toBeUndefined();
      // Server-Timing: time waiting on Neo4j within the whole request, as the log line has it.
      const timing = /^db;dur=([\d.]+);desc="Neo4j, 1 round trip", total;dur=([\d.]+);desc="in the server"$/.exec(
        ok.headers.get('server-timing') ?? '',
      );
      expect(timing).not.toBeNull();
      const [dbMs, totalMs] = [Number(timing![1]), Number(timing![2])];
      expect(dbMs).toBeGreaterThan(0);
      expect(totalMs).toBeGreaterThanOrEqual(dbMs);
      expect(byId('req-123').dbMs).toBeCloseTo(dbMs, 0);
      const noDb = await post(api.url, '{ __typename }');
      expect(noDb.headers.get('server-timing')).toMatch(/^db;dur=0\.00;desc="Neo4j, 0 round trips", total;dur=[\d.]+;/);
      expect(byId(generated)).toMatchObject({ operation: 'Missing', errorCodes: ['NOT_FOUND'] });
    } finally {
      await api.close();
    }
  });

  it('hides unexpected errors as INTERNAL_SERVER_ERROR with a request id that the log line shares', async () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          broken: {
            type: GraphQLString,
            resolve: () => {
              throw new Error('secret detail at /srv/app/src/x.ts:12');
            },
          },
        },
      }),
    });
    const { logger, lines } = capturingLogger();
    const server = await createServer(schema, suite.db, logger);
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    try {
      const res = await post(`http://127.0.0.1:${(server.httpServer.address() as any).port}`, '{ broken }');
      const text = await res.text();
      expect(text).not.toMatch(/secret|\/srv|stack/);
      const body = JSON.parse(text);
      const requestId = res.headers.get('x-request-id');
      expect(body.errors).toEqual([
        {
          message: 'Internal server error',
          path: ['broken'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ]);
      const logged = lines.find((l) => l.msg === 'internal error');
      expect(logged).toMatchObject({ requestId, level: 50, err: { message: 'secret detail at /srv/app/src/x.ts:12' } });
    } finally {
      await server.stop();
    }
  });

  it('exports Prometheus metrics: requests and latency per operation, errors per code, Neo4j sessions, the process', async () => {
    await suite.api.gql('query MetricsProbe { entity(id: "malopolska") { id } }');
    await suite.api.gql('query MetricsProbe { neighbourhood(id: "nope") { truncated } }');
    await suite.api.gql('{ __typename }', {}, { headers: { authorization: 'Bearer wrong' } });
    const text = await (await fetch(`${suite.api.url}/metrics`)).text();
    expect(text).toMatch(/^graphql_requests_total\{operation="MetricsProbe",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^graphql_requests_total\{operation="MetricsProbe",outcome="error"\} 1$/m);
    expect(text).toMatch(/^graphql_errors_total\{code="NOT_FOUND"\} [1-9]/m);
    expect(text).toMatch(/^graphql_errors_total\{code="UNAUTHENTICATED"\} [1-9]/m);
    expect(text).toMatch(/^graphql_request_duration_seconds_count\{operation="MetricsProbe"\} 2$/m);
    expect(text).toMatch(/^graphql_request_db_round_trips_sum\{operation="MetricsProbe"\} 2$/m);
    expect(text).toMatch(/^neo4j_sessions_in_use 0$/m);
    expect(text).toMatch(/^neo4j_pool_max_size \d+$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it('returns bookmarks after database work and reads with the ones a client sends back', async () => {
    const write = await suite.api.gql(
      'mutation { upsertCluster(input: {id: "bookmark-cluster", name: "Bookmark Cluster"}) { id } }',
    );
    const bookmarks = write.headers.get('x-neo4j-bookmarks')!;
    expect(bookmarks).toMatch(/^\S+$/);
    const read = await suite.api.gql(
      '{ entity(id: "bookmark-cluster") { name } }',
      {},
      { headers: { 'x-neo4j-bookmarks': bookmarks } },
    );
    expect(read.data.entity.name).toBe('Bookmark Cluster');
    const garbage = await suite.api.gql('{ __typename }', {}, { headers: { 'x-neo4j-bookmarks': 'x'.repeat(3000) } });
    expect(garbage.status).toBe(400);
    expect(garbage.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'x-neo4j-bookmarks' });
    const foreign = await suite.api.gql(
      '{ entity(id: "bookmark-cluster") { name } }',
      {},
      { headers: { 'x-neo4j-bookmarks': 'FB:not-a-real-bookmark' } },
    );
    expect(foreign.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'x-neo4j-bookmarks' } });
    await suite.api.gql('mutation { deleteEntity(id: "bookmark-cluster") { id } }');
  });

  it('fails fast with DATABASE_UNAVAILABLE and a 503 /ready when Neo4j cannot be reached', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'x'), {
      maxTransactionRetryTime: 0,
      connectionTimeout: 1000,
    });
    const down = databaseOf(driver, 'neo4j', 'bolt://127.0.0.1:9', {
      retryMs: 5000,
      unavailableRetryMs: 500,
      poolSize: 10,
    });
    const server = await createServer(await createSchema(), down, createLogger('silent'));
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.httpServer.address() as any).port}`;
    try {
      const res = await post(url, '{ entity(id: "malopolska") { id } }');
      const body = await res.json();
      expect(body.errors[0]).toEqual({
        message: 'The database is unavailable; try again shortly',
        path: ['entity'],
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
      const ready = await fetch(`${url}/ready`);
      expect(ready.status).toBe(503);
      expect((await ready.json()).ready).toBe(false);
      expect((await fetch(`${url}/health`)).status).toBe(200);
    } finally {
      await server.stop();
      await driver.close();
    }
  });
});
