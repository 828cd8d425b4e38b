import { connect, type Database } from '../../src/db/driver';
import { testConfig } from './neo4j-target';

/** A connection to the tests' database (set up by global-setup). Close it in afterAll. */
export async function testDatabase(): Promise<Database> {
  return connect(testConfig());
}

/** Deletes every node except the migration records and the test marker: each suite starts clean. */
export async function wipe(db: Database): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run), not a managed one.
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH (n) WHERE NOT n:Migration AND NOT n:TestDatabase CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
