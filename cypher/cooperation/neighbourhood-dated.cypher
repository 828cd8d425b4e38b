// The neighbourhood (cypher/cooperation/neighbourhood) as it stood in a window: the entities within
// {{depth}} hops over ties of {{types}} overlapping [windowFrom, windowTo], nearest first, and the
// ties among them that overlap it too; $limit + 1 nodes so the service can tell it was truncated.
// APOC's subgraphAll cannot filter ties by their properties, so the expansion is Cypher's own; for
// the same reason this statement also answers when a tie the viewer may not see lies among what APOC
// reached (windowFrom and windowTo then null): only ties the viewer may see are followed and returned
// ($scope, docs/access.md).
// Params: id, limit, windowFrom, windowTo (Dates or null), scope. Literals: depth, types.
// Returns: nodes (property maps, the start first), rels (list of {kind, start, end, props}).
MATCH (a:Entity {id: $id})
OPTIONAL MATCH p = (a)-[rs:{{types}}*1..{{depth}}]-(n)
  WHERE all(r IN rs WHERE {{IN_WINDOW(r)}} AND {{VISIBLE(r)}})
WITH a, n, min(length(p)) AS hops
ORDER BY hops, n.id
WITH a, [x IN collect(n) WHERE x <> a] AS around
WITH [a] + around[..toInteger($limit)] AS nodes
RETURN [n IN nodes | properties(n)] AS nodes,
  COLLECT {
    UNWIND nodes AS x
    MATCH (x)-[r:{{types}}]->(y)
    WHERE y IN nodes AND {{IN_WINDOW(r)}}
      AND {{VISIBLE(r)}}
    RETURN {kind: type(r), start: x.id, end: y.id, props: properties(r)}
  } AS rels
