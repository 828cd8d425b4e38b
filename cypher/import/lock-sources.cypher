// Locks the Sources a write cites and says which still exist: run in the write's transaction after
// its statements, it makes "cite a source" and "delete a source" exclusive, so no race leaves a
// citation to a deleted source (issue 17, row 7). deleteEntity takes the same lock first.
// Params: ids (distinct source ids, sorted: every writer locks in the same order).
// Returns: found (the ids that exist as Sources, now locked until commit).
UNWIND $ids AS id
OPTIONAL MATCH (s:Entity {id: id})
WITH id, s WHERE s:Source
SET s.`_lock` = true
REMOVE s.`_lock`
// A source deleted by the transaction that held its lock reads back without properties (soft-deleted:
// without :Entity).
WITH s WHERE s.id IS NOT NULL AND s:Entity
RETURN collect(s.id) AS found
