// Who an actor cooperates with, by the definition matching uses (direct cooperation ties and
// common contexts of at most $maxContext ties). Params: id, maxContext. Returns: ids.
MATCH (f:Entity {id: $id})
CALL (f) {
  MATCH (f)-[:{{COOPERATION}}]-(p) RETURN p
  UNION
  MATCH (f)-[:{{COOPERATION}}]-(x)
  WITH f, x WHERE COUNT { (x)-[:{{COOPERATION}}]-() } <= $maxContext
  MATCH (x)-[:{{COOPERATION}}]-(p) WHERE p <> f
  RETURN p
}
RETURN collect(p.id) AS ids
