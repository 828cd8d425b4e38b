import type { Database } from '../../src/db/driver';
import { seedDemo } from '../../src/import/demo';
import { testDatabase, wipe } from './db';
import { startTestServer, type TestServer } from './server';

/**
 * For a describe block that talks to the API over data it loads itself: an empty database and the
 * real HTTP server; wiped and closed after. Read `db` and `api` inside tests.
 */
export function withEmptyApi(): { db: Database; api: TestServer } {
  const suite = {} as { db: Database; api: TestServer };
  beforeAll(async () => {
    suite.db = await testDatabase();
    await wipe(suite.db);
    suite.api = await startTestServer(suite.db);
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

/**
 * For a describe block that talks to the API over the demo dataset: seeds it before the tests,
 * starts the real HTTP server, and cleans up after. Read `db` and `api` inside tests.
 */
export function withDemoApi(options: { analystQueries?: boolean } = {}): { db: Database; api: TestServer } {
  const suite = {} as { db: Database; api: TestServer };
  beforeAll(async () => {
    suite.db = await testDatabase();
    await wipe(suite.db);
    await seedDemo(suite.db);
    suite.api = await startTestServer(suite.db, options);
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
