// title: Clusters per sector per region
// description: How many clusters each region has in each sector. A cluster's seat is traced up the
// description: region hierarchy to its region (its country when no region is recorded).
// param country: ID — Only regions of this country (its id, e.g. poland); every country when omitted
// param minClusters: Int = 1 — Leave out region–sector pairs with fewer clusters
MATCH (c:Cluster)-[:LOCATED_IN]->(seat:Region)
OPTIONAL MATCH (seat)-[:PART_OF*0..6]->(reg:Region {level: 'region'})
WITH DISTINCT c, coalesce(reg, seat) AS region
WHERE $country IS NULL OR EXISTS { (region)-[:PART_OF*0..6]->(:Region {id: $country}) }
MATCH (c)-[:FOCUSES_ON]->(s:Sector)
WITH region, s, collect(DISTINCT c) AS clusters
WHERE size(clusters) >= $minClusters
RETURN region.id AS regionId, region.name AS region, s.id AS sectorId, s.name AS sector,
  size(clusters) AS clusters, [c IN clusters | c.name] AS clusterNames
ORDER BY clusters DESC, region, sector
