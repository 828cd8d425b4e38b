// Entities that bridge two sides, each side a region (entities seated in it or below it) or a
// sector (entities focusing on it or on a subsector): those with cooperation ties to both sides.
// Ranked by the ties on their weaker side, then by all their ties to the two sides. An entity on
// both sides (seated in both regions, focused on both sectors) is no side's member.
// Params: a, b (ids of regions or sectors), kinds (list or null), first, examples.
// Returns: entity, tiesToA, tiesToB, inA, inB, examplesA, examplesB (property maps).
CALL () {
  MATCH (side:Entity {id: $a})
  OPTIONAL MATCH (m1:Entity)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..10]->(side:Region)
  OPTIONAL MATCH (m2:Entity)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..10]->(side:Sector)
  RETURN collect(DISTINCT m1) + collect(DISTINCT m2) AS sideA
}
CALL () {
  MATCH (side:Entity {id: $b})
  OPTIONAL MATCH (m1:Entity)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..10]->(side:Region)
  OPTIONAL MATCH (m2:Entity)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..10]->(side:Sector)
  RETURN collect(DISTINCT m1) + collect(DISTINCT m2) AS sideB
}
WITH [x IN sideA WHERE NOT x IN sideB] AS sideA, [y IN sideB WHERE NOT y IN sideA] AS sideB
UNWIND sideA + sideB AS member
MATCH (member)-[:{{COOPERATION}}]-(broker:Entity)
WHERE $kinds IS NULL OR broker.kind IN $kinds
WITH broker, sideA, sideB, collect(DISTINCT member) AS reached
WITH broker, sideA, sideB, [m IN reached WHERE m IN sideA] AS toA, [m IN reached WHERE m IN sideB] AS toB
WHERE size(toA) > 0 AND size(toB) > 0
RETURN properties(broker) AS entity, size(toA) AS tiesToA, size(toB) AS tiesToB,
  broker IN sideA AS inA, broker IN sideB AS inB,
  [m IN toA | properties(m)][..toInteger($examples)] AS examplesA, [m IN toB | properties(m)][..toInteger($examples)] AS examplesB
ORDER BY CASE WHEN size(toA) < size(toB) THEN size(toA) ELSE size(toB) END DESC, size(toA) + size(toB) DESC, broker.id
LIMIT toInteger($first)
