// Entities that bridge two sides, each side a region (entities seated in it or below it) or a
// sector (entities focusing on it or on a subsector): those with cooperation ties to both sides.
// Ranked by the ties on their weaker side, then by all their ties to the two sides. An entity on
// both sides (seated in both regions, focused on both sectors) is no side's member.
// Each side is first turned into its zone: the region with the regions below it, or the sector
// with its subsectors (tens of nodes). Membership is then one hop from the entity into a zone, so
// the planner never expands a side from the top down for every row.
// Only cooperation ties overlapping [windowFrom, windowTo] count (asOf; both null: all of history).
// Only ties the viewer may see count ($scope, docs/access.md).
// Params: a, b (ids of regions or sectors), kinds (list or null), first, examples, windowFrom, windowTo, scope.
// Returns: entity, tiesToA, tiesToB, inA, inB, examplesA, examplesB (property maps).
MATCH (sa:Entity {id: $a}), (sb:Entity {id: $b})
CALL (sa) {
  MATCH (z)-[:PART_OF|SUBSECTOR_OF*0..10]->(sa)
  RETURN collect(DISTINCT z) AS zoneA
}
CALL (sb) {
  MATCH (z)-[:PART_OF|SUBSECTOR_OF*0..10]->(sb)
  RETURN collect(DISTINCT z) AS zoneB
}
CALL (zoneA, zoneB) {
  UNWIND zoneA AS z
  MATCH (m:Entity)-[:LOCATED_IN|FOCUSES_ON]->(z)
  WITH DISTINCT m
  WHERE NOT EXISTS { (m)-[:LOCATED_IN|FOCUSES_ON]->(y) WHERE y IN zoneB }
  MATCH (m)-[t:{{COOPERATION}} WHERE {{IN_WINDOW(t)}} AND {{VISIBLE(t)}}]-(broker:Entity)
  WHERE $kinds IS NULL OR broker.kind IN $kinds
  RETURN broker, count(DISTINCT m) AS tiesToA, collect(DISTINCT properties(m))[..toInteger($examples)] AS examplesA
}
CALL (broker, zoneA, zoneB) {
  MATCH (broker)-[u:{{COOPERATION}} WHERE {{IN_WINDOW(u)}} AND {{VISIBLE(u)}}]-(m:Entity)
  WHERE EXISTS { (m)-[:LOCATED_IN|FOCUSES_ON]->(y) WHERE y IN zoneB }
    AND NOT EXISTS { (m)-[:LOCATED_IN|FOCUSES_ON]->(x) WHERE x IN zoneA }
  RETURN count(DISTINCT m) AS tiesToB, collect(DISTINCT properties(m))[..toInteger($examples)] AS examplesB
}
WITH broker, zoneA, zoneB, tiesToA, tiesToB, examplesA, examplesB
WHERE tiesToB > 0
RETURN properties(broker) AS entity, tiesToA, tiesToB,
  EXISTS { (broker)-[:LOCATED_IN|FOCUSES_ON]->(x) WHERE x IN zoneA } AS inA,
  EXISTS { (broker)-[:LOCATED_IN|FOCUSES_ON]->(y) WHERE y IN zoneB } AS inB,
  examplesA, examplesB
ORDER BY CASE WHEN tiesToA < tiesToB THEN tiesToA ELSE tiesToB END DESC, tiesToA + tiesToB DESC, broker.id
LIMIT toInteger($first)
