// Creates entities whose ids the database did not hold at validation (a fresh import skips the
// merge). The uniqueness constraint still guards against a concurrent writer. Element ids come
// back so that this import's relationships can find their ends without an index seek.
// Params: rows (full property maps). Returns: created, updated, unchanged, createdIds, elementIds.
UNWIND $rows AS row
CREATE (e:Entity)
SET e = row, e:$(row.kind), e.tieCount = 0, e.hiddenTieCount = 0,
  e.countryId = CASE WHEN row.kind = 'Region' AND row.level = 'country' THEN row.id END
RETURN count(e) AS created, 0 AS updated, 0 AS unchanged, collect(row.id) AS createdIds, collect(elementId(e)) AS elementIds
