// Who cites a source: entities whose `sources` list holds its id, and relationships whose `sources`
// property does. Scans every entity and relationship (lists are not indexed): deleting a Source is
// rare, and a refusal must name the citers.
// Params: id, first (how many citers to name). Returns: count (all citations), citers (at most
// `first` descriptions: an entity id, or "from -TYPE-> to").
CALL () {
  MATCH (c:Entity) WHERE $id IN c.sources
  RETURN c.id AS citer
  UNION ALL
  MATCH (x:Entity)-[r]->(y:Entity) WHERE $id IN r.sources
  RETURN x.id + ' -' + type(r) + '-> ' + y.id AS citer
}
WITH collect(citer) AS citers
RETURN size(citers) AS count, citers[0..$first] AS citers
