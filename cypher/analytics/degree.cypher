// Degree centrality on a projection: distinct cooperation partners per entity.
// Params: graphName, kinds (list or null), first. Returns: entity (property map), score.
CALL gds.degree.stream($graphName) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
WHERE $kinds IS NULL OR n.kind IN $kinds
RETURN properties(n) AS entity, score
ORDER BY score DESC, n.id
LIMIT toInteger($first)
