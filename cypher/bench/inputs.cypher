// What the benchmark draws its inputs from. Returns one row:
// actors: ids of every cluster and organisation;
// hubs: actors with at least 20 ties (lookups read 20 relations per level);
// clusters: clusters with at least 20 members (typed-field lookups start there);
// memberLists: members of clusters with at least two (pairs of fellow members ask for shared partners);
// names: names of 2,000 actors (search terms); countries, sectors: ids (list filters, analyst query).
CALL () {
  MATCH (e:Entity) WHERE e.kind IN ['Cluster', 'Organisation']
  RETURN collect(e.id) AS actors, collect(e.name)[..2000] AS names
}
CALL () {
  MATCH (e:Entity) WHERE e.kind IN ['Cluster', 'Organisation'] AND COUNT { (e)--() } >= 20
  RETURN collect(e.id) AS hubs
}
CALL () {
  MATCH (c:Cluster) WHERE COUNT { (c)<-[:MEMBER_OF]-() } >= 20
  RETURN collect(c.id) AS clusters
}
CALL () {
  MATCH (c:Cluster)<-[:MEMBER_OF]-(m:Entity)
  WITH c, collect(m.id)[..50] AS members
  WHERE size(members) >= 2
  RETURN collect(members) AS memberLists
}
CALL () {
  MATCH (r:Region {level: 'country'})
  RETURN collect(r.id) AS countries
}
CALL () {
  MATCH (s:Sector)
  RETURN collect(s.id) AS sectors
}
RETURN actors, hubs, clusters, memberLists, names, countries, sectors
