// A filtered, ordered page of entities, with its total count and facets only when asked, in one round trip.
// Candidates come from the most selective filter given: the full-text hits, the sector's subtree, the
// region's or the country's entities (whichever the degree store says is smallest: a few hundred
// degree reads), or every entity of the kinds when there is none; the other filters are then checked on
// them, so the cost follows that set, not the graph (the statement it replaces checked every filter on
// every entity of the kinds: ~3 s for a country+sector page of the M dataset on the shared machine).
// Lists by name without any of those four filters and without counts go to list/page-by-name.
// Params: kinds (list), text (Lucene query or null), sector, region, country (ids/codes or null),
//   orgTypes, labels (lists or null), dateFrom, dateTo (ISO strings or null),
//   existedOn (a Date or null: only entities that existed that day, docs/model.md "When a tie holds"), order (NAME|DATE|DEGREE),
//   desc (boolean), afterKey, afterId (cursor or null), limit (first + 1), coop (cooperation types),
//   withTotal, withSectors, withCountries, withKinds (booleans: what the request selected).
// Returns one row: total (null unless withTotal), page (list of {e, key}, at most `limit`),
//   sectors, countries, kinds (facets {id, name, count}; empty unless asked),
//   missing (the sector/region ids given that name no entity).
CALL () {
  WITH $text AS text WHERE text IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', text) YIELD node
  RETURN collect(node) AS hits
}
CALL () {
  OPTIONAL MATCH (:Entity {id: $sector})<-[:SUBSECTOR_OF*0..5]-(s:Sector)
  RETURN sum(COUNT { (s)<-[:FOCUSES_ON]-() }) AS inSector
}
CALL () {
  OPTIONAL MATCH (:Entity {id: $region})<-[:PART_OF*0..10]-(r:Region)
  RETURN sum(COUNT { (r)<-[:LOCATED_IN|PART_OF]-() }) AS inRegion
}
CALL () {
  OPTIONAL MATCH (c:Region {level: 'country'}) WHERE c.countryCode = $country OR c.id = $country
  OPTIONAL MATCH (c)<-[:PART_OF*0..10]-(r:Region)
  RETURN collect(DISTINCT c) AS countries, sum(COUNT { (r)<-[:LOCATED_IN|PART_OF]-() }) AS inCountry
}
WITH hits, countries, reduce(best = null, a IN [
    CASE WHEN $text IS NOT NULL THEN ['TEXT', size(hits)] END,
    CASE WHEN $sector IS NOT NULL THEN ['SECTOR', inSector] END,
    CASE WHEN $region IS NOT NULL THEN ['REGION', inRegion] END,
    CASE WHEN $country IS NOT NULL THEN ['COUNTRY', inCountry] END
  ] | CASE WHEN a IS NOT NULL AND (best IS NULL OR a[1] < best[1]) THEN a ELSE best END)[0] AS anchor
CALL (hits, countries, anchor) {
  WITH hits WHERE anchor = 'TEXT'
  UNWIND hits AS e
  RETURN e
  UNION
  WITH anchor WHERE anchor = 'SECTOR'
  MATCH (:Entity {id: $sector})<-[:SUBSECTOR_OF*0..5]-(:Sector)<-[:FOCUSES_ON]-(e:Entity)
  RETURN e
  UNION
  WITH anchor WHERE anchor = 'REGION'
  // :Region, or the id of a cluster given as region would list that cluster (the path of length 0).
  MATCH (:Entity:Region {id: $region})<-[:LOCATED_IN|PART_OF*0..10]-(e:Entity)
  RETURN e
  UNION
  WITH countries WHERE anchor = 'COUNTRY'
  UNWIND countries AS c
  MATCH (c)<-[:LOCATED_IN|PART_OF*0..10]-(e:Entity)
  RETURN e
  UNION
  // A filter on `anchor` here ran after the label scan it was meant to spare: no kinds, no scan.
  UNWIND CASE WHEN anchor IS NULL THEN $kinds ELSE [] END AS kind
  MATCH (e:Entity {kind: kind}) WHERE e.name IS NOT NULL // every entity has a name: seeks the (kind, name) index
  RETURN e
}
WITH e, hits, anchor WHERE e.kind IN $kinds
  AND ($text IS NULL OR anchor = 'TEXT' OR e IN hits)
  AND ($sector IS NULL OR anchor = 'SECTOR'
    OR EXISTS { (e)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..5]->(:Sector {id: $sector}) })
  AND ($region IS NULL OR anchor = 'REGION' OR EXISTS { (e)-[:LOCATED_IN|PART_OF*0..10]->(:Region {id: $region}) })
  AND ($country IS NULL OR anchor = 'COUNTRY' OR EXISTS {
        (e)-[:LOCATED_IN|PART_OF*0..10]->(c:Region {level: 'country'}) WHERE c.countryCode = $country OR c.id = $country })
  AND ($orgTypes IS NULL OR e.orgType IN $orgTypes)
  AND ($labels IS NULL OR all(l IN $labels WHERE l IN e.labels))
  AND ($dateFrom IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) >= $dateFrom)
  AND ($dateTo IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) <= $dateTo)
  AND coalesce(e.validFrom <= $existedOn, true) AND coalesce(e.validTo >= $existedOn, true)
WITH collect(e) AS matching
CALL (matching) {
  UNWIND matching AS e
  WITH e,
    CASE $order
      WHEN 'DATE' THEN coalesce(e.startDate, e.founded, e.publishedOn, CASE WHEN $desc THEN '' ELSE '~' END)
      WHEN 'DEGREE' THEN COUNT { (e)-[r]-(:Entity) WHERE type(r) IN $coop }
      ELSE e.sortName
    END AS key
  WITH e, key WHERE $afterId IS NULL
    OR (NOT $desc AND (key > $afterKey OR (key = $afterKey AND e.id > $afterId)))
    OR ($desc AND (key < $afterKey OR (key = $afterKey AND e.id < $afterId)))
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
CALL (matching) {
  WITH matching WHERE $withCountries
  UNWIND matching AS e
  CALL (e) {
    MATCH (e)-[:LOCATED_IN|PART_OF*0..10]->(c:Region {level: 'country'})
    RETURN c LIMIT 1
  }
  WITH c, count(*) AS n ORDER BY n DESC, c.id LIMIT 50
  RETURN collect({id: c.id, name: c.name, count: n}) AS countries
}
CALL (matching) {
  WITH matching WHERE $withKinds
  UNWIND matching AS e
  WITH e.kind AS kind, count(*) AS n ORDER BY n DESC, kind
  RETURN collect({id: kind, name: kind, count: n}) AS kinds
}
RETURN CASE WHEN $withTotal THEN size(matching) END AS total, page, sectors, countries, kinds,
  [id IN [$sector, $region] WHERE id IS NOT NULL AND NOT EXISTS { MATCH (:Entity {id: id}) }] AS missing
