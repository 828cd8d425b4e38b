import { badInput } from '../../errors/errors';
import type { EntityOrder, OrderDirection } from './list.type';

/** What a cursor pins: the ordering it belongs to and the last row's sort key and id. */
export interface CursorPosition {
  order: EntityOrder;
  direction: OrderDirection;
  key: string | number;
  id: string;
}

/** The opaque form of every keyset cursor (entity lists and relation connections): a position's parts. */
export const encodeKeyset = (parts: readonly unknown[]): string =>
  Buffer.from(JSON.stringify(parts)).toString('base64url');

/** A cursor's parts, or BAD_USER_INPUT naming `after` with `expected` when it is not an encoded list. */
export function decodeKeyset(cursor: string, expected: string): unknown[] {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('after', expected);
  }
  if (!Array.isArray(parts)) throw badInput('after', expected);
  return parts;
}

/** An opaque keyset cursor: the position, not an offset, so inserts never shift pages. */
export function encodeCursor(p: CursorPosition): string {
  return encodeKeyset([p.order, p.direction, p.key, p.id]);
}

/** Decodes a cursor from `after`, refusing one that is malformed or from another ordering. */
export function decodeCursor(cursor: string, order: EntityOrder, direction: OrderDirection): CursorPosition {
  const parts = decodeKeyset(cursor, 'expected a cursor returned by this list (edges.cursor or pageInfo.endCursor)');
  if (parts.length !== 4 || typeof parts[3] !== 'string' || !['string', 'number'].includes(typeof parts[2])) {
    throw badInput('after', 'expected a cursor returned by this list (edges.cursor or pageInfo.endCursor)');
  }
  if (parts[0] !== order || parts[1] !== direction) {
    throw badInput(
      'after',
      `the cursor belongs to ordering ${String(parts[0])} ${String(parts[1])}, not ${order} ${direction}; start again without "after"`,
    );
  }
  const [, , key, id] = parts as [string, string, string | number, string];
  return { order, direction, key, id };
}
