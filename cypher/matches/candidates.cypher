// Partner recommendations for one actor: every candidate with the evidence behind its score.
// Candidates are actors of $kinds that do not cooperate with the actor yet (no direct cooperation
// tie and no common project, alliance, event… one hop away) and that either cooperate with one of
// its partners or share a sector with it (a pool of at most $pool such, by id).
// Contexts larger than $maxContext (mass events) are ignored for partnering: they introduce nobody.
// Params: id, types (cooperation types), kinds, maxContext, introducers, sectors, countries (filters or null), pool.
// Returns one row per candidate: candidate (properties), common (list of {id, degree}),
//   sharedSectors, complementarySectors (sector ids), sameRegion (region id or null),
//   crossBorder (boolean), sharedProgrammes (programme ids).
MATCH (f:Entity {id: $id})
// The actor's partners: direct ties and common contexts.
CALL (f) {
  MATCH (f)-[r]-(p:Entity) WHERE type(r) IN $types
  RETURN p
  UNION
  MATCH (f)-[r1]-(c:Entity)-[r2]-(p:Entity)
  WHERE type(r1) IN $types AND type(r2) IN $types AND p <> f
    AND COUNT { (c)-[r3]-(:Entity) WHERE type(r3) IN $types } <= $maxContext
  RETURN p
}
WITH f, collect(DISTINCT p) AS partners
// Introducers: the partners that are actors, least-tied first (they weigh most, Adamic–Adar), at
// most $introducers of them, and no hub above $maxContext ties: like a mass event, a hub
// introduces nobody in particular, and expanding it would cost more than the whole answer.
CALL (partners) {
  UNWIND partners AS z
  WITH z WHERE z.kind IN ['Cluster', 'Organisation', 'Region', 'Alliance']
  WITH z, COUNT { (z)-[r]-(:Entity) WHERE type(r) IN $types } AS degree
  WHERE degree <= $maxContext
  ORDER BY degree, z.id
  LIMIT toInteger($introducers)
  RETURN collect(z) AS actors
}
// Candidates through partners (partners of partners) …
CALL (f, actors, partners) {
  UNWIND actors AS z
  CALL (z) {
    MATCH (z)-[r]-(c:Entity) WHERE type(r) IN $types RETURN c
    UNION
    MATCH (z)-[r1]-(x:Entity)-[r2]-(c:Entity)
    WHERE type(r1) IN $types AND type(r2) IN $types AND c <> z
      AND COUNT { (x)-[r3]-(:Entity) WHERE type(r3) IN $types } <= $maxContext
    RETURN c
  }
  WITH z, c WHERE c.kind IN $kinds AND c <> f AND NOT c IN partners
  WITH c, collect(DISTINCT {id: z.id, degree: COUNT { (z)-[r4]-(:Entity) WHERE type(r4) IN $types }}) AS common
  RETURN c, common
  UNION
  // … and through sectors in the same or a bordering country.
  MATCH (f)-[:FOCUSES_ON]->(s:Sector)<-[:FOCUSES_ON]-(c:Entity)
  WHERE c.kind IN $kinds AND c <> f AND NOT c IN partners
  WITH DISTINCT c ORDER BY c.id LIMIT toInteger($pool)
  RETURN c, [] AS common
}
WITH f, c, reduce(acc = [], x IN collect(common) | acc + x) AS commonAll
WITH f, c, [x IN commonAll WHERE x IS NOT NULL] AS common
WHERE ($sectors IS NULL OR EXISTS { (c)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..3]->(s:Sector) WHERE s.id IN $sectors })
  AND ($countries IS NULL OR EXISTS { (c)-[:LOCATED_IN|PART_OF*0..10]->(k:Region {level: 'country'}) WHERE k.countryCode IN $countries OR k.id IN $countries })
CALL (f, c) {
  OPTIONAL MATCH (f)-[:FOCUSES_ON]->(s:Sector)<-[:FOCUSES_ON]-(c)
  RETURN collect(DISTINCT s.id) AS sharedSectors
}
CALL (f, c, sharedSectors) {
  OPTIONAL MATCH (f)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF]-(s:Sector)<-[:FOCUSES_ON]-(c)
  WHERE NOT s.id IN sharedSectors
  RETURN collect(DISTINCT s.id) AS complementarySectors
}
CALL (f, c) {
  OPTIONAL MATCH (f)-[:LOCATED_IN|PART_OF*0..10]->(r:Region {level: 'region'})<-[:LOCATED_IN|PART_OF*0..10]-(c)
  RETURN r.id AS sameRegion LIMIT 1
}
CALL (f, c) {
  // Cross-border: different countries, and regions of theirs that share a border.
  OPTIONAL MATCH (f)-[:LOCATED_IN|PART_OF*0..10]->(fk:Region {level: 'country'})
  OPTIONAL MATCH (c)-[:LOCATED_IN|PART_OF*0..10]->(ck:Region {level: 'country'})
  WITH f, c, fk, ck WHERE fk IS NOT NULL AND ck IS NOT NULL AND fk <> ck
  OPTIONAL MATCH (f)-[:LOCATED_IN|PART_OF*0..10]->(fr:Region)-[:BORDERS]-(cr:Region)<-[:LOCATED_IN|PART_OF*0..10]-(c)
  WHERE (fr)-[:PART_OF*0..10]->(fk) AND (cr)-[:PART_OF*0..10]->(ck)
  RETURN count(fr) > 0 AS crossBorder
  UNION
  RETURN false AS crossBorder
}
WITH f, c, common, sharedSectors, complementarySectors, sameRegion, max(crossBorder) AS crossBorder
CALL (f, c) {
  OPTIONAL MATCH (f)-[:PARTICIPATES_IN|FUNDED_BY]->()-[:FUNDED_BY*0..1]->(g:Programme)<-[:FUNDED_BY*0..1]-()<-[:PARTICIPATES_IN|FUNDED_BY]-(c)
  RETURN collect(DISTINCT g.id) AS sharedProgrammes
}
RETURN properties(c) AS candidate, common, sharedSectors, complementarySectors, sameRegion, crossBorder, sharedProgrammes
