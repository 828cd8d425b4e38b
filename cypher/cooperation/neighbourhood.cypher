// The entities within $depth hops of an entity over the allowed relationship types, and every
// allowed relationship among them (a graph, not a tree), breadth first; $limit + 1 nodes are
// fetched so the service can tell when the result was truncated. APOC cannot filter ties by their
// visibility: this serves only viewers who see every tie (admins); the others get the same answer,
// over the ties they may see, from cypher/cooperation/neighbourhood-dated.
// Params: id, depth, filter (relationship types joined by |), limit.
// Returns: nodes (property maps, the start first), rels (list of {kind, start, end, props}).
MATCH (a:Entity {id: $id})
CALL apoc.path.subgraphAll(a, {maxLevel: toInteger($depth), relationshipFilter: $filter, limit: toInteger($limit) + 1, bfs: true})
YIELD nodes, relationships
RETURN [n IN nodes | properties(n)] AS nodes,
  [r IN relationships | {kind: type(r), start: startNode(r).id, end: endNode(r).id, props: properties(r)}] AS rels
