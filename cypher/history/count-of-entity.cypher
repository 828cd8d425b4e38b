// How many changes history(id) lists across all its pages (see history/of-entity for the visibility rule).
// Params: id, scope. Returns: count.
CALL () {
  MATCH (c:Change {entity: $id})
  RETURN c
  UNION
  MATCH (c:Change {other: $id})
  RETURN c
}
WITH c
WHERE {{VISIBLE_CHANGE(c)}}
RETURN count(c) AS count
