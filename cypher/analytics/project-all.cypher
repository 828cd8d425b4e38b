// Projects the whole cooperation graph into the GDS catalog as a simple undirected graph: one
// relationship per pair of entities however many cooperation relations join them.
// Params: graphName. Returns: nodeCount, relationshipCount.
MATCH (a:Entity)-[:{{COOPERATION}}]->(b:Entity)
WHERE a <> b
WITH CASE WHEN elementId(a) < elementId(b) THEN [a, b] ELSE [b, a] END AS pair
WITH DISTINCT pair[0] AS a, pair[1] AS b
WITH gds.graph.project($graphName, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
