// A filtered, ordered page of entities, with its total count and facets only when asked, in one round trip.
// Candidates come from the most selective filter given: the full-text hits, the sector's subtree, the
// region's or the country's entities (whichever the degree store says is smallest: a few hundred
// degree reads), or every entity of the kinds when there is none; the other filters are then checked on
// them, so the cost follows that set, not the graph (the statement it replaces checked every filter on
// every entity of the kinds: ~3 s for a country+sector page of the M dataset on the shared machine).
// Lists by name without any of those four filters and without counts go to list/page-by-name.
// Params: f, the filter and cursor in one map (so that one plan serves them all: Neo4j plans a statement again for
//   each parameter that turns from null to a value and each list that changes size, 0.7 s each here):
//   {kinds (list), text (Lucene query or null), sector, region, country (ids/codes or null),
//   orgTypes, labels (lists or null), dateFrom, dateTo (ISO strings or null),
//   existedOn (a Date or null: only entities that existed that day, docs/model.md "When a tie holds"),
//   afterKey, afterId (cursor or null)}; order (NAME|DATE|DEGREE), desc (boolean), limit (first + 1), coop (cooperation types),
//   scope (the viewer's: the DEGREE order counts only the ties it may see, docs/access.md),
//   withTotal, withSectors, withCountries, withKinds (booleans: what the request selected).
// Returns one row: total (null unless withTotal), page (list of {e, key}, at most `limit`),
//   sectors, countries, kinds (facets {id, name, count}; empty unless asked),
//   missing (the sector/region ids given that name no entity).
CALL () {
  WITH $f.text AS text WHERE text IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', text) YIELD node
  RETURN collect(node) AS hits
}
// The sector's subtree (a handful of nodes) and how many ties point at it, read from the degree store.
CALL () {
  OPTIONAL MATCH (sector:Entity {id: $f.sector}) USING INDEX SEEK sector:Entity(id)
  OPTIONAL MATCH (sector)<-[:SUBSECTOR_OF*0..5]-(s:Sector)
  RETURN collect(s) AS sectors, sum(COUNT { (s)<-[:FOCUSES_ON]-() }) AS inSector
}
// The region's and the country's subtrees of regions, each with the depth it was found at: entities
// located in one of them are found from the region's side, where ties are grouped by type, instead of
// checking the incoming ties of every entity reached (32,188 db hits for Austria's 2,311 entities on M,
// ~3,000 this way).
CALL () {
  // A seek by hint, apart from the walk: a small graph's plan scanned the id index (303 entries for 300 clusters).
  OPTIONAL MATCH (root:Entity {id: $f.region}) USING INDEX SEEK root:Entity(id) WHERE root:Region
  OPTIONAL MATCH p = (root)<-[:PART_OF*0..10]-(r:Region)
  RETURN collect(DISTINCT root) AS regions, collect({r: r, depth: length(p)}) AS regionTree,
    sum(COUNT { (r)<-[:LOCATED_IN|PART_OF]-() }) AS inRegion
}
CALL () {
  OPTIONAL MATCH (c:Region {level: 'country'}) WHERE c.countryCode = $f.country OR c.id = $f.country
  OPTIONAL MATCH p = (c)<-[:PART_OF*0..10]-(r:Region)
  RETURN collect(DISTINCT c) AS countries, collect({r: r, depth: length(p)}) AS countryTree,
    sum(COUNT { (r)<-[:LOCATED_IN|PART_OF]-() }) AS inCountry
}
WITH hits, sectors, regions, countries, regionTree, countryTree, reduce(best = null, a IN [
    CASE WHEN $f.text IS NOT NULL THEN ['TEXT', size(hits)] END,
    CASE WHEN $f.sector IS NOT NULL THEN ['SECTOR', inSector] END,
    CASE WHEN $f.region IS NOT NULL THEN ['REGION', inRegion] END,
    CASE WHEN $f.country IS NOT NULL THEN ['COUNTRY', inCountry] END
  ] | CASE WHEN a IS NOT NULL AND (best IS NULL OR a[1] < best[1]) THEN a ELSE best END)[0] AS anchor
// The kind is checked in each branch, before the other filters: the planner otherwise ran the sector
// check on the country's 2,311 entities of every kind and dropped the 1,544 that were no organisations after.
CALL (hits, sectors, regionTree, countryTree, anchor) {
  CALL (hits, sectors, regionTree, countryTree, anchor) {
    WITH hits WHERE anchor = 'TEXT'
    UNWIND hits AS e
    WITH e WHERE e.kind IN $f.kinds
    RETURN e
    UNION ALL
    WITH sectors WHERE anchor = 'SECTOR'
    UNWIND sectors AS s
    MATCH (s)<-[:FOCUSES_ON]-(e:Entity) WHERE e.kind IN $f.kinds
    RETURN e
    UNION ALL
    // :Region, or the id of a cluster given as region would list that cluster (the path of length 0).
    // Within 10 ties of the root, as the checks below walk: a region at depth ≤ 10, an entity located in
    // one at depth < 10 (only regions are PART_OF, and nothing is LOCATED_IN anything but a region).
    UNWIND CASE anchor WHEN 'REGION' THEN regionTree WHEN 'COUNTRY' THEN countryTree ELSE [] END AS t
    WITH t.r AS e WHERE e.kind IN $f.kinds
    RETURN e
    UNION ALL
    UNWIND CASE anchor WHEN 'REGION' THEN regionTree WHEN 'COUNTRY' THEN countryTree ELSE [] END AS t
    WITH t WHERE t.depth < 10
    WITH t.r AS r
    MATCH (r)<-[:LOCATED_IN]-(e:Entity) WHERE e.kind IN $f.kinds
    RETURN e
    UNION ALL
    // A filter on `anchor` here ran after the label scan it was meant to spare: no kinds, no scan.
    UNWIND CASE WHEN anchor IS NULL THEN $f.kinds ELSE [] END AS kind
    MATCH (e:Entity {kind: kind}) WHERE e.name IS NOT NULL // every entity has a name: seeks the (kind, name) index
    RETURN e
  }
  // Distinct here, inside: a UNION's distinct after the call also compared every row's region tree
  // (a thousand regions for Italy) and ran out of transaction memory.
  RETURN collect(DISTINCT e) AS candidates
}
UNWIND candidates AS e
// The other filters compare nodes found once above, not properties of every node on the way: walking up
// from an entity to its region (or down from a sector) reads a few ties, and no region's level or code.
WITH e, hits, sectors, regions, countries, anchor
WHERE ($f.orgTypes IS NULL OR e.orgType IN $f.orgTypes)
  AND ($f.labels IS NULL OR all(l IN $f.labels WHERE l IN e.labels))
  AND ($f.dateFrom IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) >= $f.dateFrom)
  AND ($f.dateTo IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) <= $f.dateTo)
  AND ($f.text IS NULL OR anchor = 'TEXT' OR e IN hits)
  AND ($f.sector IS NULL OR anchor = 'SECTOR' OR EXISTS { (e)-[:FOCUSES_ON]->(s) WHERE s IN sectors })
  AND ($f.region IS NULL OR anchor = 'REGION' OR EXISTS { (e)-[:LOCATED_IN|PART_OF*0..10]->(r) WHERE r IN regions })
  // The country each entity lies in is stored on it (countryId, cypher/list/store-countries): one property read
  // instead of a walk up its regions (55,000 of the 131,000 db hits of Germany + energy on M). Only an entity in
  // several countries ('*') is walked.
  AND ($f.country IS NULL OR anchor = 'COUNTRY' OR e.countryId IN [c IN countries | c.id]
    OR (e.countryId = '*' AND EXISTS { (e)-[:LOCATED_IN|PART_OF*0..10]->(c) WHERE c IN countries }))
  AND ($f.existedOn IS NULL OR (coalesce(e.validFrom <= $f.existedOn, true) AND coalesce(e.validTo >= $f.existedOn, true)))
WITH collect(e) AS matching
CALL (matching) {
  UNWIND matching AS e
  WITH e,
    CASE $order
      WHEN 'DATE' THEN coalesce(e.startDate, e.founded, e.publishedOn, CASE WHEN $desc THEN '' ELSE '~' END)
      WHEN 'DEGREE' THEN COUNT { (e)-[r]-(:Entity) WHERE type(r) IN $coop AND {{VISIBLE(r)}} }
      ELSE e.sortName
    END AS key
  WITH e, key WHERE $f.afterId IS NULL
    OR (NOT $desc AND (key > $f.afterKey OR (key = $f.afterKey AND e.id > $f.afterId)))
    OR ($desc AND (key < $f.afterKey OR (key = $f.afterKey AND e.id < $f.afterId)))
  WITH e, key ORDER BY
    CASE WHEN $desc THEN null ELSE [key, e.id] END,
    CASE WHEN $desc THEN [key, e.id] END DESC
  LIMIT toInteger($limit)
  RETURN collect({e: properties(e), key: key}) AS page
}
CALL (matching) {
  WITH matching WHERE $withSectors
  UNWIND matching AS e
  MATCH (e)-[:FOCUSES_ON]->(s:Sector)
  WITH s, count(DISTINCT e) AS n ORDER BY n DESC, s.id LIMIT 25
  RETURN collect({id: s.id, name: s.name, count: n}) AS sectors
}
// By the stored country too (an entity in none has no countryId and counts for none); an entity in several is
// counted for the first country its walk finds, as before the country was stored.
CALL (matching) {
  WITH matching WHERE $withCountries
  UNWIND matching AS e
  WITH e, e.countryId AS stored WHERE stored IS NOT NULL
  WITH CASE stored
      WHEN '*' THEN COLLECT { MATCH (e)-[:LOCATED_IN|PART_OF*0..10]->(c:Region {level: 'country'}) RETURN c.id LIMIT 1 }[0]
      ELSE stored
    END AS id
  WITH id, count(*) AS n ORDER BY n DESC, id LIMIT 50
  WITH collect({id: id, n: n}) AS top
  RETURN [x IN top | {id: x.id, name: COLLECT { MATCH (c:Entity {id: x.id}) RETURN c.name }[0], count: x.n}] AS countries
}
CALL (matching) {
  WITH matching WHERE $withKinds
  UNWIND matching AS e
  WITH e.kind AS kind, count(*) AS n ORDER BY n DESC, kind
  RETURN collect({id: kind, name: kind, count: n}) AS kinds
}
RETURN CASE WHEN $withTotal THEN size(matching) END AS total, page, sectors, countries, kinds,
  [id IN [$f.sector, $f.region] WHERE id IS NOT NULL AND NOT EXISTS { MATCH (:Entity {id: id}) }] AS missing
