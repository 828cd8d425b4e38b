import type { Database } from '../../src/db/driver';
import { API_VERSION } from '../../src/version';
import { testDatabase } from '../helpers/db';
import { startTestServer, type TestServer } from '../helpers/server';

describe('health over HTTP and GraphQL', () => {
  let db: Database;
  let server: TestServer;
  beforeAll(async () => {
    db = await testDatabase();
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close();
    await db.driver.close();
  });

  it('answers the API version and the Neo4j 5.26 community server it talks to', async () => {
    const res = await server.gql('{ health { version neo4jVersion neo4jEdition } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.health.version).toBe(API_VERSION);
    expect(res.data.health.neo4jVersion).toMatch(/^5\.26\.\d+$/);
    expect(['community', 'enterprise']).toContain(res.data.health.neo4jEdition);
  });

  it('serves /health and /ready', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true });
  });

  it('answers an unknown field with a validation error and no stack trace', async () => {
    const res = await server.gql('{ nope }');
    expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:/);
  });
});
