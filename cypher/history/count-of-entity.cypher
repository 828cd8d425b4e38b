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
WHERE c.visibility IS NULL OR $scope.all OR c.entity IN $scope.own OR c.other IN $scope.own
  OR (c.visibility = 'PARTNERS'
    AND EXISTS { MATCH (m:Entity)-[:MEMBER_OF]->(g:Entity) WHERE m.id IN $scope.own AND g.id IN [c.entity, c.other] })
RETURN count(c) AS count
