// Locks the entity an upsert is about to write and says who owns it, so that the ownership check and the
// write are one step (docs/access.md, "Ownership"): an owner an admin changed meanwhile is seen, never
// overwritten by an editor that read the old one. An id not in the graph is claimed by a node the upsert
// then fills, marked `_created` as import/upsert-entities marks the nodes it creates: a second creator of
// the same id waits on the uniqueness constraint, then finds the first one's entity and its owner.
// Params: id. Returns: exists (false for an id this statement claimed, or that a concurrent delete
// removed), owner (null when no one owns it).
MERGE (e:Entity {id: $id})
  ON CREATE SET e.`_created` = true
SET e.`_lock` = true
REMOVE e.`_lock`
// A node deleted by the transaction that held its lock reads back without properties.
RETURN e.id IS NOT NULL AND e.`_created` IS NULL AS exists, e.owner AS owner
