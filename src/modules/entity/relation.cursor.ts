import { badInput } from '../../errors/errors';
import { RELATION_TYPES, type RelationType } from '../../model/vocabulary';
import { decodeKeyset, encodeKeyset } from '../list/list.cursor';

/**
 * Where an edge stands in every relation connection: they all order by the other end's sortName, then
 * its id, the relation kind and the direction, which together name one relationship (link and import
 * MERGE one relationship per (from, type, to), and a tie to oneself is refused).
 */
export interface RelationPosition {
  sortName: string;
  id: string;
  kind: RelationType;
  direction: 'OUTGOING' | 'INCOMING';
}

// A cursor holds a name and an id (each far below this); more is not a cursor this API wrote.
const MAX_CURSOR = 2000;
const EXPECTED = 'expected a cursor returned by a relation connection (edges.cursor or pageInfo.endCursor)';

/** An opaque keyset cursor: a position, not an offset, so ties added before it never shift the pages after it. */
export function encodeRelationCursor(p: RelationPosition): string {
  return encodeKeyset([p.sortName, p.id, p.kind, p.direction]);
}

/** Decodes `after`, refusing anything this API did not write (BAD_USER_INPUT naming `after`). */
export function decodeRelationCursor(cursor: string): RelationPosition {
  if (cursor.length > MAX_CURSOR) throw badInput('after', `${EXPECTED}; got ${cursor.length} characters`);
  const parts = decodeKeyset(cursor, EXPECTED);
  if (
    parts.length !== 4 ||
    !parts.every((p) => typeof p === 'string') ||
    !(RELATION_TYPES as readonly string[]).includes(parts[2]) ||
    (parts[3] !== 'OUTGOING' && parts[3] !== 'INCOMING')
  )
    throw badInput('after', EXPECTED);
  const [sortName, id, kind, direction] = parts as [string, string, RelationType, 'OUTGOING' | 'INCOMING'];
  return { sortName, id, kind, direction };
}

/** The id of one view of a tie: the entity read from, the kind, the direction, the other end (RelationEdge.id). */
export const relationEdgeId = (from: string, kind: string, direction: string, other: string): string =>
  `${from}:${kind}:${direction}:${other}`;
