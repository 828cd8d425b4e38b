// One page of entities by name in a country, without counts, reading about first + 1 entries whatever
// the country's size (list/entities took the country's or the sector's entities as candidates and checked
// every one: 23,123 db hits for the benchmark's Austria + advanced manufacturing page on M, 1,256 here).
// The country each entity lies in is stored on it (countryId, cypher/list/store-countries), so either:
// - per kind, it seeks the (kind, countryId, sortName) index at the cursor and reads entries in order
//   until `limit` pass the other filters (the sector's: a walk of the entity's ties, ~25 db hits); or
// - with a sector that few entities focus on, it takes those entities and keeps the country's by their
//   stored country (~5 db hits each) before sorting them. The walk reads about limit / (share of entities
//   in the sector) entries, so it is chosen while inSector² ≥ 5 × limit × entities: on M (98,845
//   entities, limit 21) above ~3,200 ties (Italy + digital health, 1,675 ties: 31,621 db hits walking).
// Entities in several countries carry '*': each walk also seeks those and checks them by walking up.
// Each direction has its branch, the other's bound null, as in list/page-by-name.
// Params: kinds (list), country (a country's code or id), sector (id or null), orgTypes, labels (lists or
//   null), dateFrom, dateTo (ISO strings or null), existedOn (a Date or null), desc (boolean), ascFrom,
//   descFrom, afterId, limit (as list/page-by-name).
// Returns one row as list/entities does: total, sectors, countries, kinds (null: never asked here),
//   page (list of {e, key: sortName}, at most `limit`), missing (the sector id when it names no entity).
CALL () {
  OPTIONAL MATCH (sector:Entity {id: $sector}) USING INDEX SEEK sector:Entity(id)
  OPTIONAL MATCH (sector)<-[:SUBSECTOR_OF*0..5]-(s:Sector)
  RETURN collect(s) AS sectors, sum(COUNT { (s)<-[:FOCUSES_ON]-() }) AS inSector
}
CALL () {
  OPTIONAL MATCH (c:Region {level: 'country'}) WHERE c.countryCode = $country OR c.id = $country
  RETURN collect(DISTINCT c) AS countries
}
CALL () {
  MATCH (e:Entity) // from the count store
  RETURN count(e) AS everything
}
WITH sectors, countries, $sector IS NOT NULL AND inSector * inSector < 5 * $limit * everything AS bySector
CALL (sectors, countries, bySector) {
  CALL (sectors, countries, bySector) {
    UNWIND CASE WHEN bySector THEN [] ELSE $kinds END AS kind
    UNWIND [c IN countries | c.id] + ['*'] AS countryId
    CALL (kind, countryId, sectors, countries) {
      MATCH (e:Entity) USING INDEX SEEK e:Entity(kind, countryId, sortName)
      WHERE e.kind = kind AND e.countryId = countryId AND e.sortName >= $ascFrom
        AND (e.sortName > $ascFrom OR $afterId IS NULL OR e.id > $afterId)
        AND ($orgTypes IS NULL OR e.orgType IN $orgTypes)
        AND ($labels IS NULL OR all(l IN $labels WHERE l IN e.labels))
        AND ($dateFrom IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) >= $dateFrom)
        AND ($dateTo IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) <= $dateTo)
        AND ($existedOn IS NULL OR (coalesce(e.validFrom <= $existedOn, true) AND coalesce(e.validTo >= $existedOn, true)))
        AND ($sector IS NULL OR EXISTS { (e)-[:FOCUSES_ON]->(s) WHERE s IN sectors })
        AND (countryId <> '*' OR EXISTS { (e)-[:LOCATED_IN|PART_OF*0..10]->(c) WHERE c IN countries })
      RETURN e ORDER BY e.kind, e.countryId, e.sortName, e.id LIMIT toInteger($limit)
      UNION ALL
      MATCH (e:Entity) USING INDEX SEEK e:Entity(kind, countryId, sortName)
      WHERE e.kind = kind AND e.countryId = countryId AND e.sortName <= $descFrom
        AND (e.sortName < $descFrom OR $afterId IS NULL OR e.id < $afterId)
        AND ($orgTypes IS NULL OR e.orgType IN $orgTypes)
        AND ($labels IS NULL OR all(l IN $labels WHERE l IN e.labels))
        AND ($dateFrom IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) >= $dateFrom)
        AND ($dateTo IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) <= $dateTo)
        AND ($existedOn IS NULL OR (coalesce(e.validFrom <= $existedOn, true) AND coalesce(e.validTo >= $existedOn, true)))
        AND ($sector IS NULL OR EXISTS { (e)-[:FOCUSES_ON]->(s) WHERE s IN sectors })
        AND (countryId <> '*' OR EXISTS { (e)-[:LOCATED_IN|PART_OF*0..10]->(c) WHERE c IN countries })
      RETURN e ORDER BY e.kind DESC, e.countryId DESC, e.sortName DESC, e.id DESC LIMIT toInteger($limit)
    }
    RETURN e
    UNION ALL
    UNWIND CASE WHEN bySector THEN sectors ELSE [] END AS s
    MATCH (s)<-[:FOCUSES_ON]-(e:Entity)
    WHERE e.kind IN $kinds
      AND (e.countryId IN [c IN countries | c.id]
        OR (e.countryId = '*' AND EXISTS { (e)-[:LOCATED_IN|PART_OF*0..10]->(c) WHERE c IN countries }))
      AND ($desc OR e.sortName > $ascFrom OR (e.sortName = $ascFrom AND ($afterId IS NULL OR e.id > $afterId)))
      AND (NOT $desc OR e.sortName < $descFrom OR (e.sortName = $descFrom AND ($afterId IS NULL OR e.id < $afterId)))
      AND ($orgTypes IS NULL OR e.orgType IN $orgTypes)
      AND ($labels IS NULL OR all(l IN $labels WHERE l IN e.labels))
      AND ($dateFrom IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) >= $dateFrom)
      AND ($dateTo IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) <= $dateTo)
      AND ($existedOn IS NULL OR (coalesce(e.validFrom <= $existedOn, true) AND coalesce(e.validTo >= $existedOn, true)))
    // An entity may focus on several sectors of the subtree.
    WITH DISTINCT e
    RETURN e
  }
  WITH e ORDER BY
    CASE WHEN $desc THEN null ELSE [e.sortName, e.id] END,
    CASE WHEN $desc THEN [e.sortName, e.id] END DESC
  LIMIT toInteger($limit)
  RETURN collect({e: properties(e), key: e.sortName}) AS page
}
RETURN null AS total, page, null AS sectors, null AS countries, null AS kinds,
  [id IN [$sector] WHERE id IS NOT NULL AND NOT EXISTS { MATCH (:Entity {id: id}) }] AS missing
