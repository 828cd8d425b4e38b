// Removes the relationship of type $type from $from to $to. Both ends are locked first (in id
// order), as link and deleteEntity lock them: an unlink racing a delete then sees the end either
// still there or gone, never a relationship deleted under it.
// Params: from, to, type. Returns: fromExists, toExists, removed (count), before (the removed
// relationship's properties, for the history log; null when there was none), fromKind.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
FOREACH (n IN [x IN CASE WHEN $from < $to THEN [a, b] ELSE [b, a] END WHERE x IS NOT NULL] |
  SET n.`_lock` = true
  REMOVE n.`_lock`)
// A node deleted (or soft-deleted) by the transaction that held its lock reads back without
// properties (or without its :Entity label).
WITH a, b, a.id IS NOT NULL AND a:Entity AS fromExists, b.id IS NOT NULL AND b:Entity AS toExists
CALL (a, b, fromExists, toExists) {
  OPTIONAL MATCH (a)-[r]->(b) WHERE fromExists AND toExists AND type(r) = $type
  WITH r, CASE WHEN r IS NOT NULL THEN apoc.map.removeKeys(properties(r), ['validFrom', 'validTo']) END AS props
  DELETE r
  RETURN count(r) AS removed, collect(props) AS before
}
RETURN fromExists, toExists, removed, before[0] AS before, a.kind AS fromKind
