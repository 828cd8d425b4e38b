import crypto from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createContext, type Context } from './context';
import { loadCypher } from './db/cypher';
import type { Database } from './db/driver';
import { formatError } from './errors/format';
import type { Logger } from './logger';

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

/** Reports how many Neo4j round trips a request made (header `x-db-round-trips`): N+1 shows at once. */
function roundTripHeader(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set('x-db-round-trips', String(contextValue.db.roundTrips));
        },
      };
    },
  };
}

/** Builds the HTTP app (GraphQL at /graphql, /health, /ready) without listening; tests call it too. */
export async function createServer(schema: GraphQLSchema, db: Database, logger: Logger, options: { queryTimeoutMs?: number; analystQueries?: boolean } = {}): Promise<AppServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: (formatted, error) => {
      const out = formatError(formatted, error);
      if (out.extensions?.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error }, 'unhandled error');
      return out;
    },
    includeStacktraceInErrorResponses: false,
    // Compact JSON: the default pretty-prints every response, which cost more CPU than the
    // resolvers on the benchmark's larger answers.
    stringifyResult: (result) => JSON.stringify(result),
    // No cache hints are used; the cache-control plugin otherwise wraps every field resolver.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled(), roundTripHeader()],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await db.driver.executeQuery(loadCypher('system/ping'), {}, { database: db.database });
      res.json({ ready: true });
    } catch (e) {
      res.status(503).json({ ready: false, reason: (e as Error).message });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(db, (req.headers['x-request-id'] as string) || crypto.randomUUID(), options.queryTimeoutMs, { analyst: options.analystQueries ?? false }),
    }),
  );
  return { app, httpServer, apollo };
}
