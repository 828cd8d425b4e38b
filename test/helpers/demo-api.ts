import type { Role } from '../../src/config';
import type { Database } from '../../src/db/driver';
import { seedDemo } from '../../src/import/demo';
import { testDatabase, wipe } from './db';
import { startTestServer, type TestServer } from './server';

interface ApiOptions {
  /** Load the demo dataset before the tests. */
  demo: boolean;
  /** Who requests are from unless a call says otherwise (default: anonymous, a viewer). */
  as?: Role | 'anonymous';
}

/** Opens the tests' database (wiped, optionally seeded) and starts the real HTTP server; cleans up after. */
function withApi(options: ApiOptions): { db: Database; api: TestServer } {
  const suite = {} as { db: Database; api: TestServer };
  beforeAll(async () => {
    suite.db = await testDatabase();
    await wipe(suite.db);
    if (options.demo) await seedDemo(suite.db);
    suite.api = await startTestServer(suite.db, { as: options.as });
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
export function withDemoApi(options: { as?: Role | 'anonymous' } = {}): { db: Database; api: TestServer } {
  return withApi({ demo: true, ...options });
}

/** For a describe block that talks to the API over data it loads itself (an empty database to start). */
export function withEmptyApi(options: { as?: Role | 'anonymous' } = {}): { db: Database; api: TestServer } {
  return withApi({ demo: false, ...options });
}
