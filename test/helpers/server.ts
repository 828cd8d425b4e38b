import type { AddressInfo } from 'node:net';
import type { Database } from '../../src/db/driver';
import { createLogger } from '../../src/logger';
import { createSchema } from '../../src/schema';
import { createServer, type AppServer } from '../../src/server';

/** A GraphQL response as tests read it (data is `any` so tests can walk it freely). */
export interface GqlResponse<T = any> {
  data: T;
  errors?: any[];
  /** Neo4j round trips the request cost (x-db-round-trips). */
  roundTrips: number;
}

export interface TestServer {
  url: string;
  /** POSTs a GraphQL operation and returns the parsed JSON body. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
  server: AppServer;
}

/** Starts the real HTTP server on a free port against the tests' database (analyst queries off unless asked). */
export async function startTestServer(db: Database, options: { analystQueries?: boolean } = {}): Promise<TestServer> {
  const server = await createServer(await createSchema(), db, createLogger('silent'), options);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  return {
    url,
    server,
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResponse;
      return { ...body, roundTrips: Number(res.headers.get('x-db-round-trips')) };
    },
    async close() {
      await server.apollo.stop();
    },
  };
}
