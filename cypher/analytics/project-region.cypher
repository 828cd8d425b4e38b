// Projects the cooperation graph of one region: the entities seated in it or below it, the
// projects, events, alliances and programmes they take part in, and the cooperation relations
// among those; one undirected relationship per pair.
// Only ties overlapping [windowFrom, windowTo] count (asOf; both null: all of history).
// Only ties the viewer may see are projected ($scope, docs/access.md).
// Params: graphName, region (a region's id), windowFrom, windowTo, scope. Returns: nodeCount, relationshipCount (no row: no region).
MATCH (reg:Region {id: $region})
CALL (reg) {
  MATCH (s:Entity)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..10]->(reg)
  WITH collect(DISTINCT s) AS seated
  CALL (seated) {
    UNWIND seated AS s
    MATCH (s)-[t:{{COOPERATION}} WHERE {{IN_WINDOW(t)}} AND {{VISIBLE(t)}}]-(c:Project|Event|Alliance|Programme)
    RETURN collect(DISTINCT c) AS contexts
  }
  RETURN seated + [c IN contexts WHERE NOT c IN seated] AS scope
}
UNWIND scope AS a
OPTIONAL MATCH (a)-[r:{{COOPERATION}} WHERE {{IN_WINDOW(r)}} AND {{VISIBLE(r)}}]->(b:Entity)
WHERE b IN scope AND a <> b
WITH a, b, CASE WHEN b IS NULL OR elementId(a) < elementId(b) THEN [a, b] ELSE [b, a] END AS pair
WITH DISTINCT pair[0] AS a, pair[1] AS b
WITH gds.graph.project($graphName, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
