import { GraphQLError } from 'graphql';
import { stringEnum, type EnumValue } from '../model/string-enum';

/** The error codes clients can rely on (`extensions.code`). */
export const ErrorCode = stringEnum([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'DATABASE_UNAVAILABLE',
  'TIMEOUT',
  /** The query needed more memory than the database grants one transaction. */
  'RESOURCE_LIMIT',
  /** The database lacks a plugin the operation needs (e.g. Graph Data Science for analytics). */
  'FEATURE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);
export type ErrorCode = EnumValue<typeof ErrorCode>;

/** An error meant for the client: its message and code are shown as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Bad input: names the field and says what was expected. */
export const badInput = (field: string, expected: string, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${expected}`, { field, ...extra });

/** Checks an integer argument against its allowed range; BAD_USER_INPUT names the field otherwise. */
export function checkIntRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(field, `expected an integer from ${min} to ${max}, got ${value}`);
  return value;
}

/** An id that names nothing. */
export const notFound = (id: string, what = 'entity') =>
  new AppError(ErrorCode.NOT_FOUND, `No ${what} with id "${id}"`, { id });
