// A filtered, ordered page of entities with its total count and facets, in one round trip.
// Params: kinds (list), text (Lucene query or null), sector, region, country (ids/codes or null),
//   orgTypes, labels (lists or null), dateFrom, dateTo (ISO strings or null), order (NAME|DATE|DEGREE),
//   desc (boolean), afterKey, afterId (cursor or null), first (page size), coop (cooperation types).
// Returns one row: total, page (list of {e, key}), hasMore, sectors, countries, kinds (facets: {id, name, count}),
//   missing (the sector/region ids given that name no entity).
CALL () {
  WITH $text AS text WHERE text IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', text) YIELD node
  RETURN collect(node.id) AS textIds
}
MATCH (e:Entity)
WHERE e.kind IN $kinds
  AND ($text IS NULL OR e.id IN textIds)
  AND ($sector IS NULL OR EXISTS { (e)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..5]->(:Sector {id: $sector}) })
  AND ($region IS NULL OR EXISTS { (e)-[:LOCATED_IN|PART_OF*0..10]->(:Region {id: $region}) })
  AND ($country IS NULL OR EXISTS {
        (e)-[:LOCATED_IN|PART_OF*0..10]->(c:Region {level: 'country'}) WHERE c.countryCode = $country OR c.id = $country })
  AND ($orgTypes IS NULL OR e.orgType IN $orgTypes)
  AND ($labels IS NULL OR all(l IN $labels WHERE l IN e.labels))
  AND ($dateFrom IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) >= $dateFrom)
  AND ($dateTo IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) <= $dateTo)
WITH e,
  CASE $order
    WHEN 'DATE' THEN coalesce(e.startDate, e.founded, e.publishedOn, CASE WHEN $desc THEN '' ELSE '~' END)
    WHEN 'DEGREE' THEN COUNT { (e)-[r]-(:Entity) WHERE type(r) IN $coop }
    ELSE e.sortName
  END AS key
ORDER BY key, e.id
WITH collect({e: e, key: key}) AS ascending
WITH CASE WHEN $desc THEN reverse(ascending) ELSE ascending END AS ordered
WITH ordered, [x IN ordered WHERE $afterId IS NULL
    OR (NOT $desc AND (x.key > $afterKey OR (x.key = $afterKey AND x.e.id > $afterId)))
    OR ($desc AND (x.key < $afterKey OR (x.key = $afterKey AND x.e.id < $afterId)))] AS rest
CALL (ordered) {
  UNWIND ordered AS x
  WITH x.e AS e
  MATCH (e)-[:FOCUSES_ON]->(s:Sector)
  WITH s, count(DISTINCT e) AS n ORDER BY n DESC, s.id LIMIT 25
  RETURN collect({id: s.id, name: s.name, count: n}) AS sectors
}
CALL (ordered) {
  UNWIND ordered AS x
  WITH x.e AS e
  CALL (e) {
    MATCH (e)-[:LOCATED_IN|PART_OF*0..10]->(c:Region {level: 'country'})
    RETURN c LIMIT 1
  }
  WITH c, count(*) AS n ORDER BY n DESC, c.id LIMIT 50
  RETURN collect({id: c.id, name: c.name, count: n}) AS countries
}
CALL (ordered) {
  UNWIND ordered AS x
  WITH x.e.kind AS kind, count(*) AS n ORDER BY n DESC, kind
  RETURN collect({id: kind, name: kind, count: n}) AS kinds
}
RETURN size(ordered) AS total,
  [x IN rest[..toInteger($first)] | {e: properties(x.e), key: x.key}] AS page,
  size(rest) > toInteger($first) AS hasMore,
  sectors, countries, kinds,
  [id IN [$sector, $region] WHERE id IS NOT NULL AND NOT EXISTS { MATCH (:Entity {id: id}) }] AS missing
