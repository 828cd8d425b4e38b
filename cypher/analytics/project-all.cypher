// Projects the whole cooperation graph into the GDS catalog as a simple undirected graph: one
// relationship per pair of entities however many cooperation relations join them.
// Only ties overlapping [windowFrom, windowTo] are projected (asOf; both null: all of history).
// Only ties the viewer may see are projected ($scope, docs/access.md).
// Params: graphName, windowFrom, windowTo, scope. Returns: nodeCount, relationshipCount.
MATCH (a:Entity)-[r:{{COOPERATION}} WHERE {{IN_WINDOW(r)}} AND {{VISIBLE(r)}}]->(b:Entity)
WHERE a <> b
WITH CASE WHEN elementId(a) < elementId(b) THEN [a, b] ELSE [b, a] END AS pair
WITH DISTINCT pair[0] AS a, pair[1] AS b
WITH gds.graph.project($graphName, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
