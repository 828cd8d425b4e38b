import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, type Neo4jClientConfig } from '../config';
import { tuneBoltSockets } from './nodelay';
import { AnalystSandbox } from './sandbox';

/** A Neo4j to connect to: NEO4J_URI and friends, or the local one tools/localdb starts. */
export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Where the app's data lives: a driver plus the database name every session must use. */
export interface Database {
  driver: Driver;
  database: string;
  /** Where we are connected, for logs (never the password). */
  uri: string;
  /** How long runners retry transient errors and an unreachable database. */
  retry: Pick<Neo4jClientConfig, 'retryMs' | 'unavailableRetryMs'>;
  /** Sessions (hence pooled connections) this process holds right now; read by /metrics. */
  stats: { sessionsOpen: number; poolSize: number };
  /** Where analyst statements run, apart from the pool (absent for a driver configured elsewhere). */
  sandbox?: AnalystSandbox;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until Neo4j answers, retrying with exponential back-off (0.25 s doubling to 5 s) for up to
 * `waitS` seconds: an API started next to a database that is still starting does not crash.
 */
async function waitForNeo4j(
  driver: Driver,
  database: string,
  waitS: number,
  log?: (msg: string) => void,
): Promise<void> {
  const until = Date.now() + waitS * 1000;
  for (let delay = 250; ; delay = Math.min(delay * 2, 5000)) {
    try {
      await driver.verifyConnectivity({ database });
      return;
    } catch (e) {
      const left = until - Date.now();
      if (left <= 0) throw e;
      log?.(
        `Neo4j does not answer yet (${(e as Error).message.split('\n')[0]}); retrying in ${Math.min(delay, left)} ms`,
      );
      await sleep(Math.min(delay, left));
    }
  }
}

/**
 * Connects to `target` and waits until it answers. The server is given its target (NEO4J_URI, or the
 * local Neo4j that `npm start` and the tools start: tools/localdb/target.ts); it never starts one itself.
 */
export async function connect(
  target: Neo4jTarget,
  client: Neo4jClientConfig,
  log?: (msg: string) => void,
): Promise<Database> {
  tuneBoltSockets();
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: client.poolSize,
    connectionAcquisitionTimeout: client.acquireTimeoutMs,
    connectionTimeout: client.connectTimeoutMs,
    // CypherRunner retries itself, within each request's time budget and with separate limits for
    // transient errors and an unreachable database; the driver's own 30 s of retries would hang requests.
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: (_level, message) => log?.(`neo4j-driver: ${message}`) },
  });
  try {
    await waitForNeo4j(driver, target.database, client.startupWaitS, log);
  } catch (e) {
    await driver.close();
    throw e;
  }
  const sandbox = new AnalystSandbox(
    { uri: target.uri, username: target.username, password: target.password, database: target.database },
    client.analyst,
  );
  // Whoever closes the API's driver (shutdown, scripts, tests) closes the sandbox's connections too.
  const closeDriver = driver.close.bind(driver);
  driver.close = async () => {
    await sandbox.close();
    return closeDriver();
  };
  return { ...databaseOf(driver, target.database, target.uri, client), sandbox };
}

/** A Database around a driver someone else configured (scripts and test set-up). */
export function databaseOf(
  driver: Driver,
  database: string,
  uri: string,
  client: Pick<Neo4jClientConfig, 'retryMs' | 'unavailableRetryMs' | 'poolSize'> = loadConfig({}).neo4j,
): Database {
  return {
    driver,
    database,
    uri,
    retry: { retryMs: client.retryMs, unavailableRetryMs: client.unavailableRetryMs },
    stats: { sessionsOpen: 0, poolSize: client.poolSize },
  };
}
