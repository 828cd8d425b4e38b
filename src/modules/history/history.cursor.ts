import { badInput } from '../../errors/errors';
import { decodeKeyset, encodeKeyset } from '../list/list.cursor';

// A change's place in the log is its seq; the cursor hides it (clients pass it back, never compute it).
const TAG = 'change';
const EXPECTED =
  'expected a cursor returned by history or the change feed (cursor, edges.cursor or pageInfo.endCursor)';

/** The opaque cursor of the change numbered `seq` (history and the change feed share it). */
export const encodeChangeCursor = (seq: number): string => encodeKeyset([TAG, seq]);

/** The seq a change cursor names, or BAD_USER_INPUT naming `field` when it is not one. */
export function decodeChangeCursor(cursor: string, field = 'after'): number {
  if (cursor.length > 200) throw badInput(field, EXPECTED);
  let parts: unknown[];
  try {
    parts = decodeKeyset(cursor, EXPECTED);
  } catch {
    throw badInput(field, EXPECTED);
  }
  if (parts.length !== 2 || parts[0] !== TAG || !Number.isSafeInteger(parts[1]) || (parts[1] as number) < 0)
    throw badInput(field, EXPECTED);
  return parts[1] as number;
}
