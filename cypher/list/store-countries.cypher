// Stores on entities the country they lie in, which lists filtered by country seek by (list/page-by-country):
// `countryId` is the id of the one country region reached from the entity over LOCATED_IN and PART_OF
// within 10 ties (as the country filter walks: the entity itself when it is a country), '*' when several
// are, and absent when none is. Derived like validFrom/validTo: every write of those ties or of a region's
// level re-derives it where it can change (an upsert keeps it: cypher/import/upsert-entities), and only what
// differs is written.
// A bulk load computes the same in its conversion (tools/bulk/derived.ts): a change to the rules here goes there too.
// Params: batch {ids} (entity ids, in a map: one plan for every batch size), below (boolean: also every entity
//   that reaches one of them within 10 ties, i.e. the regions below it and what is located in them, whose
//   country a change here may change).
// Returns: written (entities whose countryId changed).
UNWIND $batch.ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  RETURN x AS y
  UNION
  // A `$below` test after the walk ran it anyway: an empty list skips it.
  UNWIND CASE WHEN $below THEN [x] ELSE [] END AS root
  MATCH (y:Entity)-[:LOCATED_IN|PART_OF*1..10]->(root)
  RETURN y
}
WITH DISTINCT y
CALL (y) {
  OPTIONAL MATCH (y)-[:LOCATED_IN|PART_OF*0..10]->(c:Region {level: 'country'})
  WITH collect(DISTINCT c.id) AS countries
  RETURN CASE size(countries) WHEN 0 THEN null WHEN 1 THEN countries[0] ELSE '*' END AS countryId
}
WITH y, countryId WHERE coalesce(y.countryId, '') <> coalesce(countryId, '')
SET y.countryId = countryId
RETURN count(*) AS written
