// Betweenness centrality on a projection (Brandes); exact when samplingSize is the node count,
// estimated from that many seeded source nodes otherwise.
// Params: graphName, samplingSize, kinds (list or null), first. Returns: entity (property map), score.
CALL gds.betweenness.stream($graphName, {samplingSize: toInteger($samplingSize), samplingSeed: 42}) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
WHERE $kinds IS NULL OR n.kind IN $kinds
RETURN properties(n) AS entity, score
ORDER BY score DESC, n.id
LIMIT toInteger($first)
