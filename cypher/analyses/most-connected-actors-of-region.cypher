// title: The most connected actors of a region
// description: Actors seated in a region or anywhere below it, ranked by their cooperation ties,
// description: with their number of distinct partners and how many of those are seated elsewhere.
// param region: ID! — The region's id (e.g. malopolska)
// param first: Int = 20 — Most actors returned
MATCH (r:Region {id: $region})
MATCH (a:Entity)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..10]->(r)
WITH DISTINCT r, a
OPTIONAL MATCH (a)-[:{{COOPERATION}}]-(p:Entity)
WITH r, a, count(p) AS ties, collect(DISTINCT p) AS partners
RETURN a.id AS id, a.name AS name, a.kind AS kind, ties, size(partners) AS partners,
  size([p IN partners WHERE NOT EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..10]->(r) }]) AS partnersElsewhere
ORDER BY ties DESC, partners DESC, name
LIMIT $first
