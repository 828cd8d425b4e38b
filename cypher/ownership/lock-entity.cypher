// Locks an entity a write is about to change or delete and says who owns it: the ownership check then
// holds until the write commits (docs/access.md, "Ownership").
// Params: id. Returns: owner (null when no one owns it); no row when there is no such entity (or a
// concurrent delete removed it: the write then answers NOT_FOUND).
MATCH (e:Entity {id: $id})
SET e.`_lock` = true
REMOVE e.`_lock`
// A node deleted by the transaction that held its lock reads back without properties.
WITH e WHERE e.id IS NOT NULL
RETURN e.owner AS owner
