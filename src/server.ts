import crypto from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { Authenticator } from './auth/authenticate';
import { loadConfig, type AuthConfig, type LimitsConfig } from './config';
import type { Context } from './context';
import type { Database } from './db/driver';
import { formatError } from './errors/format';
import { explorerRoutes } from './explorer/routes';
import { AdmissionGate } from './http/admission';
import { createContext } from './http/context-factory';
import { armorOf, priceAndAdmit, subscriptionsOverWebSocket } from './http/limits';
import { mutationUnit } from './http/mutation-unit';
import { tagTransactions } from './http/operation-tag';
import { isReady } from './http/readiness';
import { statusForMediaType } from './http/status';
import { bookmarksOf, httpErrorHandler, requestIdOf } from './http/request';
import { serveSubscriptions } from './http/websocket';
import type { Logger } from './logger';
import { ChangeFeed } from './modules/feed/change-feed';
import { wakeFeedOnWrites } from './modules/feed/feed.plugin';
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
  /** The gate heavy operations pass (HEAVY_CONCURRENCY at once; docs/operations.md). */
  admission: AdmissionGate;
  /** The change feed of this process (subscriptions over graphql-ws at /graphql). */
  feed: ChangeFeed;
  /** Stops answering ready (load balancers take the replica out), closes WebSockets, drains HTTP; keeps the driver. */
  stop(): Promise<void>;
  /** /ready says no, naming `reason`, until `work` settles (the warm-up after a start: src/http/warm-up.ts). */
  notReadyUntil(work: Promise<unknown>, reason: string): void;
}

/**
 * Who may read /metrics: everyone without a token; with one, only `Bearer <token>`. The digests are
 * compared with timingSafeEqual (equal lengths whatever was sent), so timing tells nothing about the token.
 */
function metricsGuard(token: string | undefined): (authorization: string | undefined) => boolean {
  if (token === undefined) return () => true;
  const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
  const expected = digest(token);
  return (authorization) => {
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? '';
    return crypto.timingSafeEqual(digest(sent), expected);
  };
}

/**
 * CORS for browser apps on the configured origins: their preflight is answered with exactly their
 * origin, the headers the API reads and the ones a client needs to see (request id, bookmarks, timing).
 * Other origins get no CORS headers, so browsers keep their pages out; Apollo's CSRF prevention
 * (a JSON body or an `apollo-require-preflight` header) still applies to every request.
 */
function corsFor(origins: string[]): express.RequestHandler {
  return cors({
    origin: origins,
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'x-api-key',
      'x-request-id',
      'x-neo4j-bookmarks',
      'apollo-require-preflight',
    ],
    exposedHeaders: ['x-request-id', 'x-neo4j-bookmarks', 'x-db-round-trips', 'server-timing'],
    maxAge: 600,
  });
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
export async function createServer(
  schema: GraphQLSchema,
  db: Database,
  logger: Logger,
  overrides: Partial<ServerOptions> = {},
): Promise<AppServer> {
  const { auth, limits } = { ...defaultServerOptions(), ...overrides };
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = limits.keepAliveTimeoutMs;
  const metrics = new Metrics(db);
  const authenticator = new Authenticator(auth);
  const armor = armorOf(limits);
  const gate = new AdmissionGate(limits.heavyConcurrency);
  metrics.watchAdmission(gate);
  let draining = false;
  /** Why the server is not ready yet, one entry per piece of start-up work still running. */
  const pending = new Set<string>();
  const feed = new ChangeFeed(db, { pollMs: limits.feedPollMs, buffer: limits.feedBuffer, logger });
  const subscriptions = serveSubscriptions(httpServer, {
    schema,
    db,
    feed,
    authenticator,
    limits,
    validationRules: armor.validationRules,
    metrics,
    logger,
  });
  metrics.watchSubscriptions({
    get connections() {
      return subscriptions.connections;
    },
    get subscriptions() {
      return feed.subscriptions;
    },
    get queued() {
      return feed.queued;
    },
  });

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: limits.introspection,
    csrfPrevention: true,
    // main.ts drains on SIGTERM/SIGINT itself (ready → false, drain HTTP, close the driver, log "stopped");
    // Apollo's own handler (installed outside NODE_ENV=test) stopped first and the process exited 143.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    validationRules: [subscriptionsOverWebSocket, ...armor.validationRules],
    parseOptions: { maxTokens: limits.maxTokens },
    // Compact JSON: the default pretty-prints every response, which cost more CPU than the
    // resolvers on the benchmark's larger answers.
    stringifyResult: (result) => JSON.stringify(result),
    // No cache hints are used; the cache-control plugin otherwise wraps every field resolver.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        // WebSockets are not HTTP requests: the HTTP drain would wait for them to end by themselves.
        async serverWillStart() {
          return {
            async drainServer() {
              feed.stop();
              await subscriptions.close();
            },
          };
        },
      },
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      priceAndAdmit(schema, limits, gate),
      tagTransactions(),
      mutationUnit(),
      statusForMediaType(),
      observeRequests(metrics, logger, limits.bookmarkSecret),
      wakeFeedOnWrites(feed),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const state = draining
      ? { ready: false, reason: 'shutting down' }
      : pending.size
        ? { ready: false, reason: [...pending][0] }
        : await isReady(db);
    res.status(state.ready ? 200 : 503).json(state);
  });
  const metricsAllowed = metricsGuard(auth.metricsToken);
  app.get('/metrics', async (req, res) => {
    if (!metricsAllowed(req.headers.authorization)) {
      res
        .status(401)
        .set('www-authenticate', 'Bearer')
        .type('text/plain')
        .send('GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`\n');
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  if (limits.corsOrigins.length) app.use('/graphql', corsFor(limits.corsOrigins));
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
          const viewer = await authenticator.authenticate({
            authorization: req.headers.authorization,
            'x-api-key': req.headers['x-api-key'] as string | undefined,
          });
          return createContext(db, {
            requestId,
            viewer,
            timeBudgetMs: limits.requestTimeoutMs,
            bookmarks: bookmarksOf(req, limits.bookmarkSecret),
            receivedAt: res.locals.receivedAt as number,
          });
        } catch (e) {
          const code = e instanceof GraphQLError ? String(e.extensions.code) : 'INTERNAL_SERVER_ERROR';
          metrics.countRefusal(code);
          logger.info({ requestId, errorCodes: [code], message: (e as Error).message }, 'graphql request refused');
          throw e;
        }
      },
    }),
  );
  // After /graphql: every API request would otherwise pass the explorer router's layers first.
  app.use(explorerRoutes({ introspection: limits.introspection }));
  app.use(httpErrorHandler(limits.maxBodyBytes));

  return {
    app,
    httpServer,
    apollo,
    metrics,
    admission: gate,
    feed,
    async stop() {
      draining = true;
      await apollo.stop();
    },
    notReadyUntil(work, reason) {
      pending.add(reason);
      void work.finally(() => pending.delete(reason)).catch(() => undefined);
    },
  };
}
