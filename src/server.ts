import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { Authenticator } from './auth/authenticate';
import { loadConfig, type AuthConfig, type LimitsConfig } from './config';
import { createContext, type Context } from './context';
import type { Database } from './db/driver';
import { formatError } from './errors/format';
import { explorerRoutes } from './explorer/routes';
import { AdmissionGate } from './http/admission';
import { armorOf, priceAndAdmit } from './http/limits';
import { isReady } from './http/readiness';
import { bookmarksOf, httpErrorHandler, requestIdOf } from './http/request';
import type { Logger } from './logger';
import { Metrics } from './observability/metrics';
import { observeRequests } from './observability/request-plugin';

export interface ServerOptions {
  auth: AuthConfig;
  limits: LimitsConfig;
}

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
  /** Stops answering ready (load balancers take the replica out), drains HTTP, keeps the driver open. */
  stop(): Promise<void>;
}

/** The options a server gets from an empty environment (tests override what they exercise). */
export function defaultServerOptions(): ServerOptions {
  const { auth, limits } = loadConfig({});
  return { auth, limits };
}

/**
 * Builds the HTTP app (GraphQL at /graphql, /health, /ready, /metrics, the explorer at / and GraphiQL
 * at /graphiql) without listening; tests call
 * it too. Every request is authenticated, bounded (graphql-armor, body size, time budget), observed
 * (log line, metrics) and its errors pass through formatError.
 */
export async function createServer(schema: GraphQLSchema, db: Database, logger: Logger, overrides: Partial<ServerOptions> = {}): Promise<AppServer> {
  const { auth, limits } = { ...defaultServerOptions(), ...overrides };
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const metrics = new Metrics(db);
  const authenticator = new Authenticator(auth);
  const armor = armorOf(limits);
  const gate = new AdmissionGate(limits.heavyConcurrency);
  metrics.watchAdmission(gate);
  let draining = false;

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: limits.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    // Compact JSON: the default pretty-prints every response, which cost more CPU than the
    // resolvers on the benchmark's larger answers.
    stringifyResult: (result) => JSON.stringify(result),
    // No cache hints are used; the cache-control plugin otherwise wraps every field resolver.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled(), ...armor.plugins, priceAndAdmit(schema, limits, gate), observeRequests(metrics, logger, limits.bookmarkSecret)],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const state = draining ? { ready: false, reason: 'shutting down' } : await isReady(db);
    res.status(state.ready ? 200 : 503).json(state);
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(explorerRoutes({ introspection: limits.introspection }));
  app.use(
    '/graphql',
    (_req, res, next) => {
      res.locals.receivedAt = performance.now(); // before the body is read: durations count from here
      next();
    },
    express.json({ limit: limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdOf(req);
        try {
          const viewer = await authenticator.authenticate({ authorization: req.headers.authorization, 'x-api-key': req.headers['x-api-key'] as string | undefined });
          return createContext(db, { requestId, viewer, timeBudgetMs: limits.requestTimeoutMs, bookmarks: bookmarksOf(req, limits.bookmarkSecret), receivedAt: res.locals.receivedAt as number });
        } catch (e) {
          const code = e instanceof GraphQLError ? String(e.extensions.code) : 'INTERNAL_SERVER_ERROR';
          metrics.countRefusal(code);
          logger.info({ requestId, errorCodes: [code], message: (e as Error).message }, 'graphql request refused');
          throw e;
        }
      },
    }),
  );
  app.use(httpErrorHandler(limits.maxBodyBytes));

  return {
    app,
    httpServer,
    apollo,
    metrics,
    async stop() {
      draining = true;
      await apollo.stop();
    },
  };
}
