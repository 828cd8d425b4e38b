import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './config';
import { connect, type Neo4jTarget } from './db/driver';
import { migrate } from './db/migrate';
import { isEmpty, seedDemo } from './import/demo';
import { createLogger, flushed, type Logger } from './logger';
import { createSchema } from './schema';
import { createServer } from './server';
import { warmUp } from './http/warm-up';

/** What `npm start` (tools/serve.ts) adds around the server; run alone, the server needs NEO4J_URI. */
export interface Bootstrap {
  /** Where Neo4j is (tools/serve.ts starts the local one when NEO4J_URI is not set). */
  resolveTarget?(config: Config, log: (msg: string) => void): Promise<Neo4jTarget>;
  /** Work before the server listens (tools/serve.ts builds the explorer bundle when it is stale). */
  beforeListen?(logger: Logger): Promise<void>;
}

async function givenTarget(config: Config): Promise<Neo4jTarget> {
  if (config.external) return config.external;
  throw new ConfigError(
    'NEO4J_URI is not set: the server alone connects to a Neo4j it is given; `npm start` starts the local one',
  );
}

/** Bootstrap: config → Neo4j (NEO4J_URI, or what `bootstrap` resolves) → migrations → HTTP server; SIGTERM drains. */
export async function main(bootstrap: Bootstrap = {}): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const log = (msg: string) => logger.info(msg);
  const target = await (bootstrap.resolveTarget ?? givenTarget)(config, log);
  const db = await connect(target, config.neo4j, log);
  logger.info({ uri: db.uri, database: db.database }, 'connected to Neo4j');
  const migrations = await migrate(db);
  if (migrations.applied.length) logger.info({ applied: migrations.applied }, 'migrations applied');
  if (migrations.kindClashes.count)
    logger.warn(
      migrations.kindClashes,
      'entities with more than one kind: an id must have one kind (docs/model.md, "Integrity"); fix them by hand',
    );
  if (config.seedOnEmpty && (await isEmpty(db))) {
    const s = await seedDemo(db);
    logger.info(
      { entities: s.entities.created, relations: s.relations.created, seconds: s.seconds },
      'empty database: demo dataset loaded',
    );
  }
  await bootstrap.beforeListen?.(logger);
  const server = await createServer(await createSchema(), db, logger, { auth: config.auth, limits: config.limits });
  if (config.warmUpBudgetMs > 0) {
    // The first caller of a heavy statement no longer pays its plan (seconds; src/http/warm-up.ts).
    // Its line is on stdout before /ready says yes (stdout is buffered: src/logger.ts).
    const warm = warmUp(db, config.warmUpBudgetMs).then((report) => {
      logger.info(report, report.failed.length ? 'warm-up done, with failures' : 'warm-up done');
      return flushed(logger);
    });
    server.notReadyUntil(warm, 'planning the hot statements (warm-up)');
  }
  await new Promise<void>((resolve) => server.httpServer.listen(config.port, config.host, resolve));
  const origin = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  logger.info(`GraphQL ready at ${origin}/graphql; explorer at ${origin}/, GraphiQL at ${origin}/graphiql`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    // A request that will not finish must not keep the process (and a rolling deploy) waiting forever.
    const deadline = setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    deadline.unref();
    try {
      await server.stop(); // /ready says no, then the HTTP server drains
      await db.driver.close();
      logger.info('stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  // Only now: awaiting before the handlers were in place let a SIGTERM sent right after the server first answered
  // kill the process (the default action) instead of draining it.
  await flushed(logger);
}

/** Runs main and exits 1 if start-up fails: a configuration error (or one `isKnown` names) prints its message only. */
export function run(bootstrap: Bootstrap = {}, isKnown: (err: unknown) => boolean = () => false): void {
  main(bootstrap).catch((err) => {
    if (err instanceof ConfigError || isKnown(err)) {
      process.stderr.write(`${(err as Error).message}\n`);
    } else {
      process.stderr.write(`Start-up failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    }
    process.exit(1);
  });
}

if (require.main === module) run();
