import { GraphQLError } from 'graphql';

/** The error codes clients can rely on (`extensions.code`). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  TIMEOUT = 'TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An error meant for the client: its message and code are shown as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Bad input: names the field and says what was expected. */
export const badInput = (field: string, expected: string, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${expected}`, { field, ...extra });

/** An id that names nothing. */
export const notFound = (id: string, what = 'entity') => new AppError(ErrorCode.NOT_FOUND, `No ${what} with id "${id}"`, { id });
