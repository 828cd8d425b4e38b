import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';
import { ErrorCode } from '../errors/errors';
import { formatError } from '../errors/format';
import { signBookmarks } from '../http/bookmarks';
import type { Logger } from '../logger';
import type { Metrics } from './metrics';

/**
 * Observes every GraphQL request: one log line (request id, operation, duration, round trips, error
 * codes, who asked), Prometheus counters and histograms, and the response headers clients use
 * (x-request-id, x-db-round-trips, x-neo4j-bookmarks, and Server-Timing: the time spent waiting on
 * Neo4j and in the server since the request arrived, which browser developer tools show). Internal
 * errors are logged with their cause and the request id, which the client also gets in
 * `extensions.requestId`.
 */
export function observeRequests(metrics: Metrics, logger: Logger, bookmarkSecret: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      // From the HTTP request's arrival when known (body parsing and authentication included).
      const started = contextValue.receivedAt ?? performance.now();
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            const shown = formatError({ message: e.message, path: e.path, extensions: e.extensions }, e);
            if (shown.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
              logger.error(
                { requestId: contextValue.requestId, path: e.path, err: e.originalError ?? e },
                'internal error',
              );
            }
          }
        },
        async willSendResponse({ contextValue: ctx, response, operationName, operation }) {
          const durationMs = performance.now() - started;
          const errors: readonly GraphQLFormattedError[] =
            (response.body.kind === 'single' ? response.body.singleResult.errors : undefined) ?? [];
          const codes = errors.map(
            (e) => (e.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR,
          );
          for (const e of errors) {
            if (e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR)
              (e.extensions as Record<string, unknown>).requestId = ctx.requestId;
          }
          const label = metrics.operationLabel(operationName ?? request.operationName);
          metrics.requests.inc({ operation: label, outcome: codes.length ? 'error' : 'ok' });
          metrics.duration.observe({ operation: label }, durationMs / 1000);
          metrics.roundTrips.observe({ operation: label }, ctx.db.roundTrips);
          for (const code of codes) metrics.errors.inc({ code });

          const headers = response.http.headers;
          headers.set('x-request-id', ctx.requestId);
          headers.set('x-db-round-trips', String(ctx.db.roundTrips));
          headers.set('server-timing', serverTiming(ctx.db.dbMs, ctx.db.roundTrips, durationMs));
          if (ctx.db.roundTrips) {
            const bookmarks = await ctx.bookmarks();
            if (bookmarks.length) headers.set('x-neo4j-bookmarks', signBookmarks(bookmarks, bookmarkSecret));
          }
          logger.info(
            {
              requestId: ctx.requestId,
              operation: operationName ?? null,
              type: operation?.operation,
              durationMs: Math.round(durationMs * 10) / 10,
              dbMs: Math.round(ctx.db.dbMs * 10) / 10,
              roundTrips: ctx.db.roundTrips,
              errorCodes: codes.length ? codes : undefined,
              viewer: ctx.viewer.subject,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/** The Server-Timing header (W3C): database wait and the whole request in the server (from its arrival), in ms. */
function serverTiming(dbMs: number, roundTrips: number, totalMs: number): string {
  const ms = (x: number) => x.toFixed(2);
  return `db;dur=${ms(dbMs)};desc="Neo4j, ${roundTrips} round trip${roundTrips === 1 ? '' : 's'}", total;dur=${ms(totalMs)};desc="in the server"`;
}
