import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../../src/config';
import { tuneBoltSockets } from '../../../src/db/nodelay';
import { createSchema } from '../../../src/schema';
import { libraryTypeDefs } from './typedefs';

/**
 * @neo4j/graphql served as the benchmark serves the API: Apollo Server 5 in production mode (NODE_ENV,
 * set by the bench), over HTTP in a process of its own, on the same Neo4j. Its driver's sockets get the same
 * tuning as the API's (src/db/nodelay.ts: TCP_NODELAY, one system call per message): without it every statement
 * over ~900 characters waits ~40 ms for a delayed ACK, which would measure the driver, not the library.
 * Environment: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, PORT.
 */
async function main(): Promise<void> {
  const env = process.env;
  tuneBoltSockets();
  const driver = neo4j.driver(env.NEO4J_URI!, neo4j.auth.basic(env.NEO4J_USERNAME!, env.NEO4J_PASSWORD!));
  const schema = await new Neo4jGraphQL({ typeDefs: libraryTypeDefs(await createSchema()), driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.get('/ready', (_req, res) => void res.send('ok'));
  app.get('/health', (_req, res) => void res.send('ok'));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: env.NEO4J_DATABASE } }) }),
  );
  const server = http.createServer(app);
  // Idle connections kept as long as the API's (HTTP_KEEP_ALIVE_TIMEOUT_MS): the three servers are treated alike.
  server.keepAliveTimeout = loadConfig({}).limits.keepAliveTimeoutMs;
  await new Promise<void>((resolve) => server.listen(Number(env.PORT), '127.0.0.1', resolve));
  process.once('SIGTERM', () => {
    void apollo
      .stop()
      .then(() => driver.close())
      .finally(() => process.exit(0));
    server.close();
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
