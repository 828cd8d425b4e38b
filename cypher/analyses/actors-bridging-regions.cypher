// title: Actors bridging two regions
// description: Actors, seated anywhere, with cooperation ties to actors of both regions (seated in
// description: them or below); the bridges with the most ties on their weaker side come first.
// description: An entity seated in both regions is no side's member, but may be a bridge.
// param a: ID! — One region's id (e.g. silesian-voivodeship)
// param b: ID! — The other region's id (e.g. malopolska)
// param first: Int = 20 — Most actors returned
// Each region becomes its zone (itself and the regions below it); a seat is one hop into a zone.
MATCH (ra:Region {id: $a}), (rb:Region {id: $b})
CALL (ra) {
  MATCH (z:Region)-[:PART_OF*0..10]->(ra)
  RETURN collect(DISTINCT z) AS zoneA
}
CALL (rb) {
  MATCH (z:Region)-[:PART_OF*0..10]->(rb)
  RETURN collect(DISTINCT z) AS zoneB
}
UNWIND zoneA + zoneB AS z
MATCH (member:Entity)-[:LOCATED_IN]->(z)
WITH DISTINCT member, zoneA, zoneB,
  EXISTS { (member)-[:LOCATED_IN]->(x) WHERE x IN zoneA } AS inA,
  EXISTS { (member)-[:LOCATED_IN]->(y) WHERE y IN zoneB } AS inB
WHERE inA <> inB
MATCH (member)-[:{{COOPERATION}}]-(bridge:Entity)
WITH bridge, collect(DISTINCT CASE WHEN inA THEN member END) AS toA, collect(DISTINCT CASE WHEN inB THEN member END) AS toB
WHERE size(toA) > 0 AND size(toB) > 0
RETURN bridge.id AS id, bridge.name AS name, bridge.kind AS kind, size(toA) AS tiesToA, size(toB) AS tiesToB,
  [m IN toA | m.name][..5] AS examplesA, [m IN toB | m.name][..5] AS examplesB
ORDER BY CASE WHEN size(toA) < size(toB) THEN size(toA) ELSE size(toB) END DESC, size(toA) + size(toB) DESC, name
LIMIT $first
