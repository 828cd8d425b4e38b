import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { LocalNeo4j } from '../localdb/launcher';
import { disableNagle } from './nodelay';

/** Where the app's data lives: a driver plus the database name every session must use. */
export interface Database {
  driver: Driver;
  database: string;
  /** Where we are connected, for logs (never the password). */
  uri: string;
}

/**
 * Connects to NEO4J_URI when set; otherwise ensures the local Neo4j runs (starting it if needed)
 * and connects to it.
 */
export async function connect(config: Config, log?: (msg: string) => void): Promise<Database> {
  let target = config.external;
  if (!target) {
    const local = new LocalNeo4j(config.local, log);
    const c = await local.start();
    target = { ...c, database: config.database };
  }
  disableNagle();
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    logging: { level: 'error', logger: (_level, message) => log?.(`neo4j-driver: ${message}`) },
  });
  await driver.verifyConnectivity({ database: target.database });
  return { driver, database: target.database, uri: target.uri };
}
