// title: Actors bridging two regions
// description: Actors, seated anywhere, with cooperation ties to actors of both regions (seated in
// description: them or below); the bridges with the most ties on their weaker side come first.
// description: An entity seated in both regions is no side's member, but may be a bridge.
// param a: ID! — One region's id (e.g. silesian-voivodeship)
// param b: ID! — The other region's id (e.g. malopolska)
// param first: Int = 20 — Most actors returned
MATCH (ra:Region {id: $a}), (rb:Region {id: $b})
CALL (ra) {
  MATCH (x:Entity)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..10]->(ra)
  RETURN collect(x) AS sideA
}
CALL (rb) {
  MATCH (y:Entity)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..10]->(rb)
  RETURN collect(y) AS sideB
}
// Entities seated in both regions (a study visit to both) are not a side; they can be bridges.
WITH [x IN sideA WHERE NOT x IN sideB] AS sideA, [y IN sideB WHERE NOT y IN sideA] AS sideB
UNWIND sideA + sideB AS member
MATCH (member)-[:{{COOPERATION}}]-(bridge:Entity)
WHERE bridge.kind IN ['Cluster', 'Organisation', 'Region', 'Alliance', 'Project', 'Event', 'Programme']
WITH bridge, sideA, sideB, collect(DISTINCT member) AS reached
WITH bridge, [m IN reached WHERE m IN sideA] AS inA, [m IN reached WHERE m IN sideB] AS inB
WHERE size(inA) > 0 AND size(inB) > 0
RETURN bridge.id AS id, bridge.name AS name, bridge.kind AS kind,
  size(inA) AS tiesToA, size(inB) AS tiesToB,
  [m IN inA | m.name][..5] AS examplesA, [m IN inB | m.name][..5] AS examplesB
ORDER BY CASE WHEN size(inA) < size(inB) THEN size(inA) ELSE size(inB) END DESC, size(inA) + size(inB) DESC, name
LIMIT $first
