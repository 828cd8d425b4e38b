// Who an actor already cooperates with, by the definition matching uses (direct cooperation ties
// and common contexts of at most $maxContext ties). Params: id, types, maxContext. Returns: ids.
MATCH (f:Entity {id: $id})
CALL (f) {
  MATCH (f)-[r]-(p:Entity) WHERE type(r) IN $types
  RETURN p
  UNION
  MATCH (f)-[r1]-(c:Entity)-[r2]-(p:Entity)
  WHERE type(r1) IN $types AND type(r2) IN $types AND p <> f
    AND COUNT { (c)-[r3]-(:Entity) WHERE type(r3) IN $types } <= $maxContext
  RETURN p
}
RETURN collect(DISTINCT p.id) AS ids
