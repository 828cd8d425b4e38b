import neo4j from 'neo4j-driver';
import { LocalNeo4j } from '../../tools/localdb/launcher';
import { testConfig } from './neo4j-target';

/** Leaves the database clean and stops the local test Neo4j if the setup started it. */
export default async function globalTeardown(): Promise<void> {
  const config = testConfig();
  const driver = neo4j.driver(
    process.env.NEO4J_URI!,
    neo4j.auth.basic(process.env.NEO4J_USERNAME!, process.env.NEO4J_PASSWORD!),
  );
  try {
    await driver.executeQuery('MATCH (n) WHERE NOT n:Migration DETACH DELETE n', {}, { database: config.database });
  } finally {
    await driver.close();
  }
  if (process.env.PG_TEST_STOP_LOCAL_NEO4J === '1') await new LocalNeo4j(config.local, () => undefined).stop();
}
