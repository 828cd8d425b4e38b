// Fragment, not a statement: one page of an entity's relations, written into statements as
// {{INCLUDE(fragments/relation-page)}} inside `CALL (e, k) { … }` (entity/relations, entity/relations-deep).
// In: e (the entity), k (what the read asks: see entity/relations for its fields); $limit, $scope.
// Out: top (at most k.first + 1 lists [r, o, direction, the other end's sortName], in order), total (the number of
// relations of the read when k.count, else null).
// Order references, cut to `first`, and only then build property maps: a sector or a country has
// thousands of ties, and mapping them all to keep twenty cost most of the query. LIMIT cannot take
// a per-row value, but one for the statement ($limit, the largest first + 1) turns the sort of
// every tie into a top-k (Neo4j's Top operator keeps only $limit rows); slicing the ordered list
// then cuts each key to its own first + 1. The cursor is a seek: ties before it are filtered out
// before the sort, never read and skipped.
// A hub (a sector, a country, a large cluster) is not read whole: its first ends are found by walking the entities
// in name order (the sortName index, from the cursor) and keeping those tied to it (`near`; only their ties are
// then read). The walk costs about (first + 1) x (entities / degree) index entries, each checked through the other
// end's own few ties (Expand(Into)), against reading `degree` ties: it is taken when degree^2 x 3 exceeds
// (first + 1) x twice the relationships (degree x average degree, both from the count store) and the expected walk
// is within a quarter of its cap. The degree is the node's stored count of the pattern's types in the read's
// direction (getDegree: no tie read), exact only when the read's types are the pattern's (k.types null), so only
// those reads walk; for the others it is not even counted (0: 18 getDegree calls were 7 % of a typed 3-level
// lookup's db hits). The index gives equal names in store order, not by id, so every entity named as the walk's
// last is taken too (those not tied to e drop out when the ties are read; the page is then ordered by name, id,
// type and direction as before). Too few ends before the cap (8,192 entries: ends at the far end of the alphabet,
// ties the viewer may not see, a day when few held) or the end of the index: every tie is read, as for any other
// entity. Generic 2-level lookups on L: 166.6 -> 85.3 ms p50 for the statement (docs/performance.md).
// Sections (literals: relationLiterals in entity.repository.ts): walk, whether some read may walk (its
// types null); without it the walk is not in the text at all, nor its plan: a typed 2-level lookup's statement
// then ran in 1.9 instead of 2.3 ms in Neo4j (L; the dead walk's operators cost each execution). count, whether
// some read counts: the counting subquery likewise.
{{IF(walk)}}
WITH k, e, CASE WHEN k.types IS NOT NULL THEN 0 WHEN k.dir = 'OUTGOING' THEN COUNT { (e)-[:{{types}}]->() }
  WHEN k.dir = 'INCOMING' THEN COUNT { (e)<-[:{{types}}]-() } ELSE COUNT { (e)-[:{{types}}]-() } END AS degree
OPTIONAL CALL (e, k, degree) {
  WITH e, k WHERE degree * degree * 3 > (toInteger($limit) + 1) * 2 * COUNT { ()-->() }
    AND (toInteger($limit) + 1) * COUNT { (:Entity) } < degree * 2048
  CALL (e, k) {
    MATCH (o:Entity) WHERE o.sortName >= coalesce(k.after.s, '')
    WITH o ORDER BY o.sortName LIMIT 8192
    WITH o WHERE (k.after IS NULL OR o.sortName > k.after.s OR o.id >= k.after.id)
      AND EXISTS {
        MATCH (e)-[r:{{types}}]-(o)
        WHERE {{INCLUDE(fragments/relation-tie)}}
      }
    WITH o LIMIT toInteger($limit) + 1
    RETURN collect(o) AS os
  }
  WITH e, k, os WHERE size(os) > toInteger($limit)
  WITH e, k, os, last(os).sortName AS sl
  RETURN os + COLLECT {
    MATCH (o:Entity {sortName: sl})
    WHERE NOT o IN os
    RETURN o
  } AS near
}
WITH k, e, near, COLLECT {
  CALL (e, near) {
    WITH e, near WHERE near IS NOT NULL
    UNWIND near AS o
    MATCH (e)-[r:{{types}}]-(o)
    RETURN r, o
    UNION ALL
    WITH e, near WHERE near IS NULL
    MATCH (e)-[r:{{types}}]-(o:Entity)
    RETURN r, o
  }
{{ELSE(walk)}}
WITH k, e, COLLECT {
  MATCH (e)-[r:{{types}}]-(o:Entity)
{{END(walk)}}
  WITH r, o WHERE {{INCLUDE(fragments/relation-tie)}}
  WITH r, o, coalesce(o.sortName, '') AS s, type(r) AS t,
    CASE WHEN startNode(r) = e THEN 'OUTGOING' ELSE 'INCOMING' END AS d
  WHERE k.after IS NULL OR s > k.after.s
    OR (s = k.after.s AND (o.id > k.after.id
      OR (o.id = k.after.id AND (t > k.after.t OR (t = k.after.t AND d > k.after.d)))))
  WITH r, o, s, t, d
  ORDER BY s, o.id, t, d
  LIMIT toInteger($limit)
  RETURN [r, o, d, s]
}[..toInteger(k.first) + 1] AS top
// Counted only when the client selected totalCount: the filter drops the row before the MATCH runs.
{{IF(count)}}
CALL (k, e) {
  WITH k, e WHERE k.count
  MATCH (e)-[r:{{types}}]-(:Entity)
  WHERE {{INCLUDE(fragments/relation-tie)}}
  RETURN count(r) AS n
}
RETURN top, CASE WHEN k.count THEN n END AS total
{{ELSE(count)}}
RETURN top, null AS total
{{END(count)}}
