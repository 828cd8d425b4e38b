// Drops a projection from the GDS catalog (no error when it is already gone).
// Params: graphName. Returns: graphName.
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName
