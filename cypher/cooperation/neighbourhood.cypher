// The entities within $depth hops of an entity over the allowed relationship types, and every
// allowed relationship among them (a graph, not a tree), breadth first; $limit + 1 nodes are
// fetched so the service can tell when the result was truncated.
// APOC cannot leave ties the viewer may not see ($scope, docs/access.md) out of its walk. Its answer
// stands when every tie among the nodes it reached is visible: the walk then crossed no hidden tie, and
// the visible ties reach no further than all ties do. Otherwise `complete` is false and the service asks
// cypher/cooperation/neighbourhood-dated, which walks visible ties only (a second round trip, only near a
// hidden tie; for viewers who see every tie the check is `true`).
// Params: id, depth, filter (relationship types joined by |), limit, scope.
// Returns: nodes (property maps, the start first), rels (list of {kind, start, end, props}), complete.
MATCH (a:Entity {id: $id})
CALL apoc.path.subgraphAll(a, {maxLevel: toInteger($depth), relationshipFilter: $filter, limit: toInteger($limit) + 1, bfs: true})
YIELD nodes, relationships
RETURN [n IN nodes | properties(n)] AS nodes,
  [r IN relationships | {kind: type(r), start: startNode(r).id, end: endNode(r).id, props: properties(r)}] AS rels,
  all(r IN relationships WHERE {{VISIBLE(r)}}) AS complete
