import type { Config } from '../../src/config';
import { connect, type Database, type Neo4jTarget } from '../../src/db/driver';
import { LocalNeo4j } from './launcher';

/** NEO4J_URI when it is set; otherwise the local Neo4j, started first if it is not running. */
export async function resolveTarget(config: Config, log?: (msg: string) => void): Promise<Neo4jTarget> {
  if (config.external) return config.external;
  const local = await new LocalNeo4j(config.local, log).start();
  return { ...local, database: config.database };
}

/** Connects to NEO4J_URI, or to the local Neo4j (started if needed): what `npm start` and every tool use. */
export async function connectTo(config: Config, log?: (msg: string) => void): Promise<Database> {
  return connect(await resolveTarget(config, log), config.neo4j, log);
}
