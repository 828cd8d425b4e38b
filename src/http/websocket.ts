import type http from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Authenticator } from '../auth/authenticate';
import type { Viewer } from '../auth/roles';
import { scopeOf } from '../auth/scope';
import type { VisibilityScope } from '../auth/visibility';
import type { LimitsConfig } from '../config';
import type { Database } from '../db/driver';
import { ErrorCode } from '../errors/errors';
import { formatError } from '../errors/format';
import type { Logger } from '../logger';
import type { ChangeFeed } from '../modules/feed/change-feed';
import type { FeedContext } from '../modules/feed/feed.resolver';
import type { Metrics } from '../observability/metrics';
import { createContext } from './context-factory';
import { requestIdOf } from './request';

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  db: Database;
  feed: ChangeFeed;
  authenticator: Authenticator;
  limits: LimitsConfig;
  /** graphql-armor's rules (depth, cost, aliases, directives): the same as over HTTP. */
  validationRules: readonly ValidationRule[];
  metrics: Metrics;
  logger: Logger;
}

export interface SubscriptionServer {
  /** WebSocket connections open. */
  readonly connections: number;
  /** Closes every connection (1001, then terminated after a grace) and stops accepting new ones. */
  close(): Promise<void>;
}

/** Who a connection is, decided once at connection_init. */
interface Connection {
  viewer: Viewer;
  scope: VisibilityScope;
  requestId: string;
}

// A close frame's reason is at most 123 bytes.
const reason = (text: string) => (Buffer.byteLength(text) <= 123 ? text : `${text.slice(0, 119)}…`);
const CLOSE_GRACE_MS = 1_000;

const requestError = (message: string, code: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { ...extra, code } });

/** The credentials of a connection_init payload (`{authorization}` or `{'x-api-key'}`), as HTTP headers carry them. */
function credentialsOf(params: Record<string, unknown> | undefined) {
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    authorization: text(params?.authorization ?? params?.Authorization),
    'x-api-key': text(params?.['x-api-key']),
  };
}

/** When a JWT expires (ms since the epoch), or undefined for API keys and anonymous connections. */
function expiryOf(viewer: Viewer, authorization: string | undefined): number | undefined {
  if (viewer.via !== 'jwt' || !authorization) return undefined;
  const exp = decodeJwt(authorization.replace(/^Bearer\s+/i, '').trim()).exp;
  return exp === undefined ? undefined : exp * 1000;
}

/**
 * GraphQL subscriptions over the graphql-ws protocol, on the HTTP server's port at /graphql. A connection is
 * authenticated by its connection_init payload (as an HTTP request by its headers): unknown, forged or expired
 * credentials close it with 4401, a viewer whose roles may not read with 4403; a JWT's connection is closed when
 * the token expires. Each subscription is held to the HTTP limits (tokens, depth, cost, aliases, directives,
 * message size) and a connection to WS_MAX_SUBSCRIPTIONS at once. Only subscriptions are served here: queries and
 * mutations go through HTTP, where their time budget, admission and transactions apply.
 */
export function serveSubscriptions(httpServer: http.Server, options: SubscriptionServerOptions): SubscriptionServer {
  const { schema, db, feed, authenticator, limits, metrics, logger } = options;
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: limits.maxBodyBytes });
  const connections = new WeakMap<object, Connection>();
  const rules = [...specifiedRules, ...options.validationRules];
  const format = (errors: readonly GraphQLError[], requestId: string) =>
    errors.map((e) => {
      const shown = formatError(e.toJSON(), e);
      if (shown.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR)
        logger.error({ requestId, path: e.path, err: e.originalError ?? e }, 'internal error in a subscription');
      return shown;
    });

  const refuse = (socket: WebSocket, code: CloseCode, message: string, requestId: string) => {
    metrics.countRefusal(code === CloseCode.Unauthorized ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    logger.info({ requestId, closeCode: code, message }, 'subscription connection refused');
    socket.close(code, reason(message));
    return false;
  };

  useServer<Record<string, unknown>, { connection?: Connection }>(
    {
      schema,
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        const requestId = requestIdOf(request);
        const credentials = credentialsOf(ctx.connectionParams);
        let viewer: Viewer;
        try {
          viewer = await authenticator.authenticate(credentials);
        } catch (e) {
          return refuse(socket, CloseCode.Unauthorized, `Unauthorized: ${(e as Error).message}`, requestId);
        }
        if (!viewer.permissions.has('read'))
          return refuse(
            socket,
            CloseCode.Forbidden,
            `Forbidden: ${viewer.subject} has no role that may read`,
            requestId,
          );
        const expires = expiryOf(viewer, credentials.authorization);
        if (expires !== undefined) {
          const timer = setTimeout(
            () => socket.close(CloseCode.Unauthorized, 'Unauthorized: the token has expired'),
            Math.max(0, expires - Date.now()),
          );
          timer.unref();
          socket.once('close', () => clearTimeout(timer));
        }
        const scope = await scopeOf(createContext(db, { requestId, viewer }).db, viewer);
        connections.set(ctx, { viewer, scope, requestId });
        return true;
      },
      onSubscribe: (ctx, id, payload): ExecutionArgs | readonly GraphQLError[] => {
        const connection = connections.get(ctx)!;
        if (Object.keys(ctx.subscriptions).length > limits.wsMaxSubscriptions)
          return [
            requestError(
              `At most ${limits.wsMaxSubscriptions} subscriptions per connection (WS_MAX_SUBSCRIPTIONS): complete one first`,
              'BAD_REQUEST',
              { limit: 'WS_MAX_SUBSCRIPTIONS', max: limits.wsMaxSubscriptions },
            ),
          ];
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (e) {
          return [requestError((e as GraphQLError).message, 'GRAPHQL_PARSE_FAILED')];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length)
          return invalid.map((e) => requestError(e.message, 'GRAPHQL_VALIDATION_FAILED', { ...e.extensions }));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation)
          return [
            requestError('Unknown operation: name the one to run (operationName)', 'OPERATION_RESOLUTION_FAILURE'),
          ];
        if (operation.operation !== OperationTypeNode.SUBSCRIPTION)
          return [
            requestError(
              `This WebSocket serves subscriptions; send ${operation.operation}s to POST /graphql`,
              'BAD_REQUEST',
            ),
          ];
        const context = createContext(db, { requestId: `${connection.requestId}:${id}`, viewer: connection.viewer });
        const contextValue: FeedContext = { ...context, scope: async () => connection.scope, feed };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      // Errors leave through the same choke point as over HTTP: our codes kept, anything else hidden.
      onNext: (ctx, id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: format(result.errors, `${connections.get(ctx)?.requestId}:${id}`) }
          : undefined,
      onError: (ctx, id, _payload, errors) => format(errors, `${connections.get(ctx)?.requestId}:${id}`),
    },
    wss,
  );

  return {
    get connections() {
      return wss.clients.size;
    },
    async close() {
      for (const socket of wss.clients) socket.close(1001, 'The server is shutting down: reconnect and resume');
      const closed = new Promise<void>((resolve) => wss.close(() => resolve()));
      const grace = setTimeout(() => {
        for (const socket of wss.clients) socket.terminate();
      }, CLOSE_GRACE_MS);
      await closed;
      clearTimeout(grace);
    },
  };
}
