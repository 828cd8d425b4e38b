// Removes every soft-deleted node of an id for good, and the ties of other deleted entities that
// wait for it (mutation/park-ties): it will never come back to take them.
// Params: id. Returns: purged (nodes removed), kind (of the latest).
MATCH (d:Deleted {id: $id})
WITH d ORDER BY d.deletedAt DESC
WITH collect(d) AS nodes
WITH nodes, nodes[0].kind AS kind
FOREACH (d IN nodes | DETACH DELETE d)
WITH nodes, kind
CALL () {
  MATCH (x:Deleted)
  WITH x, coalesce(apoc.convert.fromJsonList(x.`_ties`), []) AS ties
  WITH x, ties, [t IN ties WHERE t.other <> $id] AS kept
  WHERE size(kept) < size(ties)
  SET x.`_ties` = apoc.convert.toJson(kept)
}
RETURN size(nodes) AS purged, kind
