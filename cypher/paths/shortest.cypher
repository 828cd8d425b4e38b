// Up to 60 shortest cooperation walks between two entities over the allowed relationship types,
// avoiding excluded entities; the service keeps the simple ones (no entity twice) and the first k.
// SHORTEST takes only a literal count and the quantifier only literal bounds: 60 candidates and 8
// hops are the caps; shorter limits are applied after.
// Params: from, to, types (relationship types), excluding (ids), maxHops.
// Returns: nodes (property maps), rels (list of {kind, start, props}), length.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 60 (a) (()-[r WHERE type(r) IN $types]-(x WHERE NOT x.id IN $excluding)){1,8} (b)
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | properties(n)] AS nodes,
  [r IN relationships(p) | {kind: type(r), start: startNode(r).id, props: properties(r)}] AS rels,
  length(p) AS length
