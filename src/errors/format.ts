import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ErrorCode } from './errors';
import { explainRequestError } from './request-errors';

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));
// graphql-js and Apollo's own codes for malformed requests are safe to show as they are.
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Neo4j's error for writing an entity a concurrent transaction deleted. */
export const ENTITY_NOT_FOUND = 'Neo.ClientError.Statement.EntityNotFound';

/** Maps a Neo4j error to a public code, or undefined when it is not one we can name. */
export function neo4jErrorCode(error: unknown): ErrorCode | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  const code = error.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.includes('DatabaseUnavailable'))
    return ErrorCode.DATABASE_UNAVAILABLE;
  // Every pooled connection stayed busy past NEO4J_ACQUIRE_TIMEOUT_MS: the driver's error has no code,
  // only this message. For the client it is the same as a database that cannot answer now.
  if (error.message.startsWith('Connection acquisition timed out')) return ErrorCode.DATABASE_UNAVAILABLE;
  if (code.includes('TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration'))
    return ErrorCode.TIMEOUT;
  if (code.includes('ConstraintValidationFailed')) return ErrorCode.CONFLICT;
  // Deadlocks and other transient errors that outlived the retries (or hit a multi-field mutation,
  // which is not retried): the client may simply try again.
  if (code.includes('DeadlockDetected') || code.includes('LockClient')) return ErrorCode.CONFLICT;
  // A node or relationship another transaction deleted while this one waited for its lock (a race
  // the named queries check for; kept as a safety net): retried, then CONFLICT, never INTERNAL.
  if (code === ENTITY_NOT_FOUND) return ErrorCode.CONFLICT;
  if (code.includes('MemoryPoolOutOfMemoryError') || code.includes('TransactionOutOfMemoryError'))
    return ErrorCode.RESOURCE_LIMIT;
  // The JVM's own heap ran out while this statement ran (Neo4j survives it and fails the transaction).
  if (code === 'Neo.TransientError.General.OutOfMemoryError' || code.includes('StackOverFlowError'))
    return ErrorCode.RESOURCE_LIMIT;
  if (code.includes('InvalidBookmark')) return ErrorCode.BAD_USER_INPUT;
  if (code.includes('BookmarkTimeout')) return ErrorCode.TIMEOUT;
  return undefined;
}

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.DATABASE_UNAVAILABLE]: 'The database is unavailable; try again shortly',
  [ErrorCode.TIMEOUT]: 'The query took longer than its time budget',
  [ErrorCode.CONFLICT]: 'The change conflicts with existing data or with a concurrent change; read again and retry',
  [ErrorCode.RESOURCE_LIMIT]: 'The query needed more memory than the database grants one transaction; narrow it',
  // The only client input Neo4j itself judges is a bookmark the client sent back.
  [ErrorCode.BAD_USER_INPUT]:
    'x-neo4j-bookmarks: expected bookmarks this database issued, as an earlier response returned them',
};
const FIELDS: Partial<Record<ErrorCode, string>> = { [ErrorCode.BAD_USER_INPUT]: 'x-neo4j-bookmarks' };

/** Longest message sent: graphql-js quotes a rejected variable in full (900,000 characters came back). */
export const MAX_MESSAGE = 1_000;

const clip = (message: string) =>
  message.length <= MAX_MESSAGE
    ? message
    : `${message.slice(0, MAX_MESSAGE)}… (${message.length - MAX_MESSAGE} more characters cut)`;

/**
 * The one choke point for errors leaving the API: our own codes pass through, Neo4j errors get a
 * public code, everything else becomes INTERNAL_SERVER_ERROR with no stack trace or internal text.
 */
export function formatError(given: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const formatted = explainRequestError(given);
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const code = formatted.extensions?.code as string | undefined;
  const mapped = neo4jErrorCode(original);
  if (mapped)
    return {
      message: MESSAGES[mapped]!,
      path: formatted.path,
      extensions: { code: mapped, ...(FIELDS[mapped] && { field: FIELDS[mapped] }) },
    };
  // Only errors we raised on purpose (GraphQLErrors: ours, type-graphql's argument validation) and
  // graphql-js's request errors keep their message; anything else could leak internals.
  const deliberate = original instanceof GraphQLError || original === undefined || original === null;
  if (
    code &&
    code !== (ErrorCode.INTERNAL_SERVER_ERROR as string) &&
    deliberate &&
    (PUBLIC_CODES.has(code) || REQUEST_CODES.has(code))
  ) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: clip(formatted.message), extensions };
  }
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
