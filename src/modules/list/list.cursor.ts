import { badInput } from '../../errors/errors';
import type { EntityOrder, OrderDirection } from './list.type';

/** What a cursor pins: the ordering it belongs to and the last row's sort key and id. */
export interface CursorPosition {
  order: EntityOrder;
  direction: OrderDirection;
  key: string | number;
  id: string;
}

/** An opaque keyset cursor: the position, not an offset, so inserts never shift pages. */
export function encodeCursor(p: CursorPosition): string {
  return Buffer.from(JSON.stringify([p.order, p.direction, p.key, p.id])).toString('base64url');
}

/** Decodes a cursor from `after`, refusing one that is malformed or from another ordering. */
export function decodeCursor(cursor: string, order: EntityOrder, direction: OrderDirection): CursorPosition {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('after', 'expected a cursor returned by this list (edges.cursor or pageInfo.endCursor)');
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== 4 ||
    typeof parts[3] !== 'string' ||
    !['string', 'number'].includes(typeof parts[2])
  ) {
    throw badInput('after', 'expected a cursor returned by this list (edges.cursor or pageInfo.endCursor)');
  }
  if (parts[0] !== order || parts[1] !== direction) {
    throw badInput(
      'after',
      `the cursor belongs to ordering ${parts[0]} ${parts[1]}, not ${order} ${direction}; start again without "after"`,
    );
  }
  const [, , key, id] = parts as [string, string, string | number, string];
  return { order, direction, key, id };
}
