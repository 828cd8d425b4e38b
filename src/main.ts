import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { connect } from './db/driver';
import { ensureBundle } from './explorer/bundle';
import { migrate } from './db/migrate';
import { isEmpty, seedDemo } from './import/demo';
import { MissingToolError } from './localdb/maven';
import { createLogger } from './logger';
import { createSchema } from './schema';
import { createServer } from './server';

/** Bootstrap: config → Neo4j (local or NEO4J_URI) → migrations → HTTP server; SIGTERM drains. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await connect(config, (msg) => logger.info(msg));
  logger.info({ uri: db.uri, database: db.database }, 'connected to Neo4j');
  const migrations = await migrate(db);
  if (migrations.applied.length) logger.info({ applied: migrations.applied }, 'migrations applied');
  if (migrations.kindClashes.count) logger.warn(migrations.kindClashes, 'entities with more than one kind: an id must have one kind (docs/model.md, "Integrity"); fix them by hand');
  if (config.seedOnEmpty && (await isEmpty(db))) {
    const s = await seedDemo(db);
    logger.info({ entities: s.entities.created, relations: s.relations.created, seconds: s.seconds }, 'empty database: demo dataset loaded');
  }
  const bundle = await ensureBundle();
  if (bundle.built) logger.info({ ms: bundle.ms, files: bundle.files }, 'explorer bundle built');
  const server = await createServer(await createSchema(), db, logger, { auth: config.auth, limits: config.limits });
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
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof MissingToolError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
