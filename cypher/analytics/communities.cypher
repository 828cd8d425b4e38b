// Leiden communities on a projection (seeded and single-threaded; runs may still differ a little), the
// largest first, each with its dominant sectors and regions (the label's material) and its members
// of the wanted kinds, best connected first.
// Params: graphName, kinds (list or null), first, membersFirst, windowFrom, windowTo, scope (the projection's
//   window and viewer, for the members' degrees: ties the viewer may not see count for nothing).
// Returns: communityCount, id, key (SHA-1 of the sorted member ids, one per line: the same membership, the same key), size, sectors, regions (lists of {entity, members}), memberCount, members.
CALL gds.leiden.stream($graphName, {randomSeed: 42, concurrency: 1}) YIELD nodeId, communityId
WITH communityId, collect(nodeId) AS ids
WITH collect({id: communityId, ids: ids}) AS everyOne
UNWIND everyOne AS c
WITH size(everyOne) AS communityCount, c
ORDER BY size(c.ids) DESC, c.id
LIMIT toInteger($first)
WITH communityCount, c.id AS id, size(c.ids) AS size, [i IN c.ids | gds.util.asNode(i)] AS nodes
WITH communityCount, id, size, nodes, apoc.util.sha1([apoc.text.join(apoc.coll.sort([n IN nodes | n.id]), '\n')]) AS key
CALL (nodes) {
  UNWIND nodes AS m
  MATCH (m)-[:FOCUSES_ON]->(s:Sector)
  WITH s, count(DISTINCT m) AS members
  ORDER BY members DESC, s.name
  LIMIT 3
  RETURN collect({entity: properties(s), members: members}) AS sectors
}
CALL (nodes) {
  UNWIND nodes AS m
  MATCH (m)-[:LOCATED_IN]->(seat:Region)
  OPTIONAL MATCH (seat)-[:PART_OF*0..6]->(reg:Region {level: 'region'})
  WITH coalesce(reg, seat) AS r, count(DISTINCT m) AS members
  ORDER BY members DESC, r.name
  LIMIT 3
  RETURN collect({entity: properties(r), members: members}) AS regions
}
CALL (nodes) {
  UNWIND nodes AS m
  WITH m WHERE $kinds IS NULL OR m.kind IN $kinds
  WITH m, {{TIES(m)}} AS degree
  ORDER BY degree DESC, m.name
  RETURN count(m) AS memberCount, collect(properties(m))[..toInteger($membersFirst)] AS members
}
RETURN communityCount, id, key, size, sectors, regions, memberCount, members
ORDER BY size DESC, id
