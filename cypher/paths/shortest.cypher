// Up to 60 shortest cooperation walks between two entities over the allowed relationship types,
// avoiding excluded entities; the service keeps the simple ones (no entity twice) and the first k.
// SHORTEST takes only a literal count and the quantifier only literal bounds, so the hop bound is
// the integer literal {{maxHops}}: a tight bound is what keeps the search fast (on M, p50 18 ms
// with 4 hops against 135 ms with a fixed bound of 8).
// Params: from, to, types (relationship types), excluding (ids). Literal: maxHops.
// Returns: nodes (property maps), rels (list of {kind, start, props}), length.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 60 (a) (()-[r WHERE type(r) IN $types]-(x WHERE NOT x.id IN $excluding)){1,{{maxHops}}} (b)
RETURN [n IN nodes(p) | properties(n)] AS nodes,
  [r IN relationships(p) | {kind: type(r), start: startNode(r).id, props: properties(r)}] AS rels,
  length(p) AS length
