// Entities located in each region or in any region below it. DataLoader batch.
// Params: keys (list of {key, id, kinds (list or null), first}). Returns: key, nodes (ordered by name).
UNWIND $keys AS k
MATCH (r:Region {id: k.id})
CALL (r, k) {
  MATCH (e:Entity)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..10]->(r)
  WHERE k.kinds IS NULL OR e.kind IN k.kinds
  WITH DISTINCT e
  ORDER BY e.sortName, e.id
  WITH toInteger(k.first) AS first, collect(properties(e)) AS all
  RETURN all[..first] AS nodes
}
RETURN k.key AS key, nodes
