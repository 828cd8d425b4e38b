// Locks the most recently deleted node of an id (restoreEntity), and says whether a live entity holds
// the id now (someone created it again since the delete: restoring would break "one id, one entity").
// Params: id. Returns one row: node (element id of the :Deleted node, null when there is none or a
// concurrent restore or purge took it), kind, live.
OPTIONAL MATCH (d:Deleted {id: $id})
WITH d ORDER BY d.deletedAt DESC LIMIT 1
CALL (d) {
  WITH d WHERE d IS NOT NULL
  SET d.`_lock` = true
  REMOVE d.`_lock`
}
// Read after the lock: a restore that held it leaves the node without :Deleted, a purge without properties.
RETURN CASE WHEN d:Deleted AND d.id IS NOT NULL THEN elementId(d) END AS node, d.kind AS kind,
       EXISTS { MATCH (:Entity {id: $id}) } AS live
