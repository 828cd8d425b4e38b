import type { Database } from '../../src/db/driver';
import { connectTo } from '../../tools/localdb/target';
import { testConfig } from './neo4j-target';

/** A connection to the tests' database (set up by global-setup). Close it in afterAll. */
export async function testDatabase(): Promise<Database> {
  return connectTo(testConfig());
}

/** Deletes every node except the migration records and the test marker: each suite starts clean. */
export async function wipe(db: Database): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run), not a managed one.
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(
      'MATCH (n) WHERE NOT n:Migration AND NOT n:TestDatabase CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
    );
  } finally {
    await session.close();
  }
}

/** For a describe block that works on the tests' database directly: opened and wiped before, wiped and closed after. */
export function withCleanDatabase(): { db: Database } {
  const suite = {} as { db: Database };
  beforeAll(async () => {
    suite.db = await testDatabase();
    await wipe(suite.db);
  });
  afterAll(async () => {
    await wipe(suite.db);
    await suite.db.driver.close();
  });
  return suite;
}
