import type { AddressInfo } from 'node:net';
import { loadConfig, type Role } from '../../src/config';
import type { Database } from '../../src/db/driver';
import { createLogger, type Logger } from '../../src/logger';
import { createSchema } from '../../src/schema';
import { createServer, defaultServerOptions, type AppServer, type ServerOptions } from '../../src/server';
import { testDatabase } from './db';

/** A GraphQL response as tests read it (data is `any` so tests can walk it freely). */
export interface GqlResponse<T = any> {
  data: T;
  errors?: any[];
  /** Neo4j round trips the request cost (x-db-round-trips). */
  roundTrips: number;
  status: number;
  headers: Headers;
}

/** The test server's service accounts: one API key per role. */
export const TEST_API_KEYS: Record<Role, string> = {
  viewer: 'test-viewer-key-0123456789abcdef',
  editor: 'test-editor-key-0123456789abcdef',
  analyst: 'test-analyst-key-0123456789abcdef',
  admin: 'test-admin-key-0123456789abcdef',
};

/**
 * The organisation the test editor acts for: what it creates, it owns (docs/access.md, "Ownership"); an editor
 * acting for none may change nothing.
 */
export const TEST_EDITOR_ORG = 'test-editor-org';

/** TEST_API_KEYS as an API_KEYS setting (name[@org]:role:key, comma-separated). */
export const TEST_API_KEYS_SETTING = Object.entries(TEST_API_KEYS)
  .map(([role, key]) => `test-${role}${role === 'editor' ? `@${TEST_EDITOR_ORG}` : ''}:${role}:${key}`)
  .join(',');

/** How a test request authenticates: as a role (its API key), anonymously, or with its own headers. */
export interface AsOptions {
  as?: Role | 'anonymous';
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  /** POSTs a GraphQL operation and returns the parsed JSON body. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: AsOptions): Promise<GqlResponse<T>>;
  close(): Promise<void>;
  server: AppServer;
}

export interface TestServerOptions extends Partial<ServerOptions> {
  /** Who requests are from unless a call says otherwise (default: anonymous, a viewer). */
  as?: Role | 'anonymous';
  /** Where the server logs (default: nowhere). */
  logger?: Logger;
}

/** Starts the real HTTP server on a free port against the tests' database, with one API key per role. */
export async function startTestServer(db: Database, options: TestServerOptions = {}): Promise<TestServer> {
  const server = await createServer(await createSchema(), db, options.logger ?? createLogger('silent'), {
    auth: options.auth ?? loadConfig({ API_KEYS: TEST_API_KEYS_SETTING }).auth,
    limits: options.limits ?? defaultServerOptions().limits,
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  return {
    url,
    server,
    async gql(query, variables, call = {}) {
      const as = call.as ?? options.as ?? 'anonymous';
      const auth: Record<string, string> = as === 'anonymous' ? {} : { authorization: `Bearer ${TEST_API_KEYS[as]}` };
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth, ...call.headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResponse;
      return {
        ...body,
        roundTrips: Number(res.headers.get('x-db-round-trips')),
        status: res.status,
        headers: res.headers,
      };
    },
    async close() {
      await server.stop();
    },
  };
}

/** For a describe block: the tests' database and a server per entry of `options`, started before, closed after. */
export function withTestServers<K extends string>(options: Record<K, TestServerOptions>): Record<K, TestServer> {
  const servers = {} as Record<K, TestServer>;
  let db: Database | undefined;
  beforeAll(async () => {
    db = await testDatabase();
    for (const name of Object.keys(options) as K[]) servers[name] = await startTestServer(db, options[name]);
  });
  afterAll(async () => {
    for (const server of Object.values<TestServer>(servers)) await server.close();
    await db?.driver.close();
  });
  return servers;
}
