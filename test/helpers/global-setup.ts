import neo4j from 'neo4j-driver';
import { databaseOf } from '../../src/db/driver';
import { migrate } from '../../src/db/migrate';
import { ensureBundle } from '../../tools/explorer/bundle';
import { LocalNeo4j } from '../../tools/localdb/launcher';
import { testConfig } from './neo4j-target';

/**
 * Builds the explorer bundle when stale, starts the tests' own local Neo4j (unless NEO4J_URI names one), applies
 * migrations and refuses to
 * run against a database that holds data it did not put there.
 */
export default async function globalSetup(): Promise<void> {
  await ensureBundle(); // the explorer's browser test loads it; a no-op when it is up to date
  const config = testConfig();
  let target = config.external;
  if (!target) {
    const local = new LocalNeo4j(config.local, () => undefined);
    const alreadyRunning = local.pid() !== undefined;
    const c = await local.start();
    target = { ...c, database: config.database };
    process.env.NEO4J_URI = c.uri;
    process.env.NEO4J_USERNAME = c.username;
    process.env.NEO4J_PASSWORD = c.password;
    process.env.PG_TEST_LOCAL_NEO4J = '1';
    if (!alreadyRunning) process.env.PG_TEST_STOP_LOCAL_NEO4J = '1';
  }
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  try {
    const db = databaseOf(driver, target.database, target.uri);
    const { records } = await driver.executeQuery(
      'CALL { MATCH (n) WHERE NOT n:Migration AND NOT n:TestDatabase RETURN count(n) AS n } RETURN n, exists { (:TestDatabase) } AS marked',
      {},
      { database: target.database },
    );
    const count = records[0].get('n').toNumber();
    if (count > 0 && !records[0].get('marked') && config.external) {
      throw new Error(
        `The database at ${target.uri} holds ${count} nodes that the tests did not create; the tests delete data, ` +
          'so point NEO4J_URI at an empty database (or unset it to use the local test Neo4j).',
      );
    }
    await driver.executeQuery('MERGE (:TestDatabase {id: "test-database-marker"})', {}, { database: target.database });
    await migrate(db);
  } finally {
    await driver.close();
  }
}
