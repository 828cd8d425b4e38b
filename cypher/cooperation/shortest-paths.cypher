// The {{k}} shortest cooperation walks between two entities over the relationship types {{types}},
// avoiding excluded entities; the service keeps the simple ones (no entity twice) and asks again
// with a larger k when too few were simple.
// SHORTEST takes only a literal count, the quantifier only literal bounds and a pattern only literal
// types, so k, the hop bound and the types are literals: a tight hop bound and typed expansion are
// what keep the search fast.
// No row at all means an endpoint does not exist; one row with a null length, that no path does.
// Only ties that overlap the window [windowFrom, windowTo] count (docs/model.md, "When a tie holds");
// both null: all of history.
// Only ties the viewer may see count ($scope, docs/access.md).
// Params: from, to, excluding (ids), windowFrom, windowTo (Dates or null), scope. Literals: k, maxHops, types.
// Returns: nodes (property maps), rels (list of {kind, start, props}), length.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL MATCH p = SHORTEST {{k}} (a) (()-[r:{{types}} WHERE {{IN_WINDOW(r)}} AND {{VISIBLE(r)}}]-(x WHERE NOT x.id IN $excluding)){1,{{maxHops}}} (b)
RETURN [n IN nodes(p) | properties(n)] AS nodes,
  [r IN relationships(p) | {kind: type(r), start: startNode(r).id, props: properties(r)}] AS rels,
  length(p) AS length
