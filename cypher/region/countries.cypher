// The country each region lies in (itself when it is a country). DataLoader batch.
// Params: ids. Returns: id, country (property map or null).
UNWIND $ids AS id
MATCH (r:Region {id: id})
OPTIONAL CALL (r) {
  MATCH (r)-[:PART_OF*0..10]->(c:Region {level: 'country'})
  RETURN c LIMIT 1
}
RETURN id, properties(c) AS country
