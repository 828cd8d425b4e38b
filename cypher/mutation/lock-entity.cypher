// Locks an entity before it is deleted, and says what it is. Taken first, the lock makes a delete
// and a concurrent link, upsert or citation of the same node run one after the other: the delete
// then reads every relationship committed before it (a link is stored or reported as detached).
// Params: id. Returns: kind; no row when there is no such entity (or a concurrent delete removed it).
MATCH (e:Entity {id: $id})
SET e.`_lock` = true
REMOVE e.`_lock`
// A node deleted by the transaction that held its lock reads back without properties (soft-deleted:
// without its :Entity label).
WITH e WHERE e.id IS NOT NULL AND e:Entity
RETURN e.kind AS kind
