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
WITH k, e, COLLECT {
  MATCH (e)-[r:{{types}}]-(o:Entity)
  WHERE (k.types IS NULL OR type(r) IN k.types)
    AND (k.dir = 'BOTH' OR (k.dir = 'OUTGOING') = (startNode(r) = e))
    AND (k.windowTo IS NULL OR (coalesce(r.validFrom <= k.windowTo, true) AND coalesce(r.validTo >= k.windowFrom, true)))
    AND {{VISIBLE(r)}}
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
CALL (k, e) {
  WITH k, e WHERE k.count
  MATCH (e)-[r:{{types}}]-(:Entity)
  WHERE (k.types IS NULL OR type(r) IN k.types)
    AND (k.dir = 'BOTH' OR (k.dir = 'OUTGOING') = (startNode(r) = e))
    AND (k.windowTo IS NULL OR (coalesce(r.validFrom <= k.windowTo, true) AND coalesce(r.validTo >= k.windowFrom, true)))
    AND {{VISIBLE(r)}}
  RETURN count(r) AS n
}
RETURN top, CASE WHEN k.count THEN n END AS total
