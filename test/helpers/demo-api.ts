import type { AuthConfig, LimitsConfig, Role } from '../../src/config';
import type { Database } from '../../src/db/driver';
import { seedDemo } from '../../src/import/demo';
import { testDatabase, wipe } from './db';
import { defaultServerOptions } from '../../src/server';
import { startTestServer, type TestServer } from './server';

export interface ApiOptions {
  /** Load the demo dataset before the tests. */
  demo: boolean;
  /** Accounts other than the test keys (e.g. keys acting for organisations). */
  auth?: AuthConfig;
  /** Who requests are from unless a call says otherwise (default: anonymous, a viewer). */
  as?: Role | 'anonymous';
  /** Limits other than the defaults (e.g. a longer time budget for a suite of analytics queries). */
  limits?: Partial<LimitsConfig>;
}

/** Opens the tests' database (wiped, optionally seeded) and starts the real HTTP server; cleans up after. */
export function withApi(options: ApiOptions): { db: Database; api: TestServer } {
  const suite = {} as { db: Database; api: TestServer };
  beforeAll(async () => {
    suite.db = await testDatabase();
    await wipe(suite.db);
    // Neo4j's cached plans are kept (seedDemo's `replan`): most were made on this same demo by earlier suites, and
    // Neo4j plans again by itself any statement whose statistics have moved since; dropping them all made each suite
    // plan every statement it runs again (12 demo suites: 77 s → 60 s).
    if (options.demo) await seedDemo(suite.db, { replan: false });
    const limits = options.limits && { ...defaultServerOptions().limits, ...options.limits };
    suite.api = await startTestServer(suite.db, { as: options.as, limits, auth: options.auth });
  });
  afterAll(async () => {
    await suite.api?.close();
    if (suite.db) {
      await wipe(suite.db);
      await suite.db.driver.close();
    }
  });
  return suite;
}

/** For a describe block that talks to the API over the demo dataset. Read `db` and `api` inside tests. */
export function withDemoApi(options: Omit<ApiOptions, 'demo'> = {}): { db: Database; api: TestServer } {
  return withApi({ demo: true, ...options });
}

/** For a describe block that talks to the API over data it loads itself (an empty database to start). */
export function withEmptyApi(options: { as?: Role | 'anonymous' } = {}): { db: Database; api: TestServer } {
  return withApi({ demo: false, ...options });
}

/** A request to the suite's API that must succeed: returns its data, and fails the test on any error. */
export const answersOf =
  (suite: { api: TestServer }) =>
  async (query: string, variables?: Record<string, unknown>): Promise<any> => {
    const res = await suite.api.gql(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
