// The cooperation ties an entity gained and lost between two days: gained, a tie whose first day
// (validFrom) falls in [from, to]; lost, one whose last day (validTo) does. Undated ends never change
// (docs/model.md, "When a tie holds"). Each change comes with the other end and the tie's sources,
// so the answer is one round trip.
// Only ties the viewer may see ($scope, docs/access.md).
// Params: id, from, to (Dates), scope.
// Returns: entity (properties, or no row when there is no such entity), changes (list of {change:
//   GAINED|LOST, date, kind, direction, role, since, until, entity (the other end's properties),
//   sources (property maps of those that exist)}), by date, then the other end's id, the relation, the direction.
MATCH (e:Entity {id: $id})
RETURN properties(e) AS entity, COLLECT {
  MATCH (e)-[r:{{COOPERATION}}]-(o)
  WHERE o <> e AND {{VISIBLE(r)}} AND ((r.validFrom >= $from AND r.validFrom <= $to) OR (r.validTo >= $from AND r.validTo <= $to))
  UNWIND [c IN [['GAINED', r.validFrom], ['LOST', r.validTo]] WHERE c[1] >= $from AND c[1] <= $to] AS c
  WITH c, r, o, CASE WHEN startNode(r) = e THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
  ORDER BY c[1], o.id, type(r), direction, c[0]
  RETURN {change: c[0], date: c[1], kind: type(r), direction: direction, role: r.role, since: r.since,
    until: r.until, entity: properties(o),
    sources: COLLECT { UNWIND coalesce(r.sources, []) AS sid MATCH (s:Entity {id: sid}) RETURN properties(s) }}
} AS changes
