// Fragment, not a statement: one level of a nested read below another, written into entity/relations-deep as
// `CALL (<level>) { WITH <level> AS above {{INCLUDE(fragments/relation-level)}} }`.
// In: above (the rows of the level above: {s, id, e, total, top}); $batch.specs, $limit, $scope as there.
// Out: below (a row per read made at this level, e null). The reads asked of every entity on the pages above (only
// the page: the one extra row tells of a next page) for the kinds they apply to; an entity on two pages read once
// per spec.
UNWIND above AS up
UNWIND coalesce($batch.specs[up.s].next, []) AS s
UNWIND up.top[..toInteger($batch.specs[up.s].first)] AS x
WITH DISTINCT toInteger(s) AS s, x[1] AS e
WITH s, e, $batch.specs[s] AS k
WHERE k.on IS NULL OR e.kind IN k.on
CALL (e, k) {
  {{INCLUDE(fragments/relation-page)}}
}
RETURN collect({s: s, id: e.id, e: null, total: total, top: top}) AS below
