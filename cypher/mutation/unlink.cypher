// Removes the relationship of type $type from $from to $to.
// Params: from, to, type. Returns: fromExists, toExists, removed (count).
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  OPTIONAL MATCH (a)-[r]->(b) WHERE type(r) = $type
  DELETE r
  RETURN count(r) AS removed
}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, removed
