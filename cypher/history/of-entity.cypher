// An entity's changes, newest first: those of the entity itself and of the ties it is at either end
// of (two index seeks: Change.entity and Change.other), without the changes of ties the viewer may
// not see (src/auth/visibility.ts; a change carries the more restricted of its tie's visibilities).
// Params: id, before (a seq: only older changes; null = from the newest), first (rows), scope.
// Returns: c (the Change's properties), newest first.
CALL () {
  MATCH (c:Change {entity: $id})
  WHERE $before IS NULL OR c.seq < $before
  RETURN c
  UNION
  MATCH (c:Change {other: $id})
  WHERE $before IS NULL OR c.seq < $before
  RETURN c
}
WITH c
WHERE {{VISIBLE_CHANGE(c)}}
RETURN c {.*, at: toString(c.at)} AS c
ORDER BY c.seq DESC
LIMIT $first
