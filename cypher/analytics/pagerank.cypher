// PageRank on a projection (damping 0.85, iterated to a tolerance of 1e-7, at most 100 times).
// Params: graphName, kinds (list or null), first. Returns: entity (property map), score.
CALL gds.pageRank.stream($graphName, {dampingFactor: 0.85, maxIterations: 100, tolerance: 0.0000001}) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
WHERE $kinds IS NULL OR n.kind IN $kinds
RETURN properties(n) AS entity, score
ORDER BY score DESC, n.id
LIMIT toInteger($first)
