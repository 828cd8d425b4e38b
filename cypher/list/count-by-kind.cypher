// A list's totalCount when it has no sector, region, country or text filter: the entities of the kinds
// that pass the other filters, counted from the (kind, name) index without collecting them (collecting
// the 52k organisations of the M dataset to count and sort them took seconds on the shared machine).
// Params: kinds (list), orgTypes, labels (lists or null), dateFrom, dateTo (ISO strings or null),
//   existedOn (a Date or null: only entities that existed that day, docs/model.md "When a tie holds").
// Returns one row: total.
UNWIND $kinds AS kind
MATCH (e:Entity {kind: kind})
WHERE e.name IS NOT NULL
  AND ($orgTypes IS NULL OR e.orgType IN $orgTypes)
  AND ($labels IS NULL OR all(l IN $labels WHERE l IN e.labels))
  AND ($dateFrom IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) >= $dateFrom)
  AND ($dateTo IS NULL OR coalesce(e.startDate, e.founded, e.publishedOn) <= $dateTo)
  AND ($existedOn IS NULL OR (coalesce(e.validFrom <= $existedOn, true) AND coalesce(e.validTo >= $existedOn, true)))
RETURN count(e) AS total
