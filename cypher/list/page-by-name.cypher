// One page of entities by name when no sector, region, country or text filter is given: per kind it
// seeks the (kind, sortName) index at the cursor and reads entries in order until `limit` pass the
// other filters, so a page reads about first + 1 entries per kind however long the list is (the
// collect-and-sort it replaces read all 52k organisations of the M dataset for every page).
// Each direction has its branch; the other one's bound is null, which an index seek answers with no
// entries (a `$desc` test there was applied after the seek, reading all 26,729 entries below the key).
// The seek is a hint: on a small graph the planner scanned the whole index instead (303 entries for 300 clusters).
// Params: kinds (list), orgTypes, labels (lists or null), dateFrom, dateTo (ISO strings or null),
//   existedOn (a Date or null: only entities that existed that day, docs/model.md "When a tie holds"), desc (boolean),
//   ascFrom, descFrom (the cursor's sortName in its direction, null in the other; without a cursor '' ascending,
//   the highest string descending),
//   afterId (the cursor's id or null), limit (first + 1: one more row than the page tells whether another follows).
// Returns at most `limit` rows {e: properties, key: sortName} in page order.
UNWIND $kinds AS kind
CALL (kind) {
  MATCH (e:Entity) USING INDEX SEEK e:Entity(kind, sortName)
  WHERE e.kind = kind AND e.sortName >= $ascFrom
    AND (e.sortName > $ascFrom OR $afterId IS NULL OR e.id > $afterId)
    AND ($orgTypes IS NULL OR e.orgType IN $orgTypes)
    AND ($labels IS NULL OR all(l IN $labels WHERE l IN e.labels))
    AND ($dateFrom IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) >= $dateFrom)
    AND ($dateTo IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) <= $dateTo)
    AND ($existedOn IS NULL OR (coalesce(e.validFrom <= $existedOn, true) AND coalesce(e.validTo >= $existedOn, true)))
  RETURN e ORDER BY e.kind, e.sortName, e.id LIMIT toInteger($limit)
  UNION ALL
  MATCH (e:Entity) USING INDEX SEEK e:Entity(kind, sortName)
  WHERE e.kind = kind AND e.sortName <= $descFrom
    AND (e.sortName < $descFrom OR $afterId IS NULL OR e.id < $afterId)
    AND ($orgTypes IS NULL OR e.orgType IN $orgTypes)
    AND ($labels IS NULL OR all(l IN $labels WHERE l IN e.labels))
    AND ($dateFrom IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) >= $dateFrom)
    AND ($dateTo IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) <= $dateTo)
    AND ($existedOn IS NULL OR (coalesce(e.validFrom <= $existedOn, true) AND coalesce(e.validTo >= $existedOn, true)))
  RETURN e ORDER BY e.kind DESC, e.sortName DESC, e.id DESC LIMIT toInteger($limit)
}
WITH e ORDER BY
  CASE WHEN $desc THEN null ELSE [e.sortName, e.id] END,
  CASE WHEN $desc THEN [e.sortName, e.id] END DESC
LIMIT toInteger($limit)
RETURN properties(e) AS e, e.sortName AS key
