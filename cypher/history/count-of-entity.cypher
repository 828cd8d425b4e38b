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
WHERE c.visibility IS NULL OR $scope.all
  OR (c.visibility = 'PARTNERS' AND (c.entity IN $scope.partners OR c.other IN $scope.partners))
  OR (c.visibility = 'PRIVATE' AND (c.entity IN $scope.own OR c.other IN $scope.own))
RETURN count(c) AS count
