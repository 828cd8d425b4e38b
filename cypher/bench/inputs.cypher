// What the benchmark draws its inputs from: every cluster and organisation, and clusters with at
// least two members (pairs of fellow members ask for shared partners).
// Returns one row: actors (ids), memberLists (lists of member ids, at most 50 per cluster).
CALL () {
  MATCH (e:Entity) WHERE e.kind IN ['Cluster', 'Organisation']
  RETURN collect(e.id) AS actors
}
CALL () {
  MATCH (c:Cluster)<-[:MEMBER_OF]-(m:Entity)
  WITH c, collect(m.id)[..50] AS members
  WHERE size(members) >= 2
  RETURN collect(members) AS memberLists
}
RETURN actors, memberLists
