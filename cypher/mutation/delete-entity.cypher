// Deletes an entity and every relationship it has, reporting what was detached. Run after
// mutation/lock-entity in the same transaction, so that no relationship committed meanwhile is
// deleted without being reported.
// Params: id. Returns: e (properties) and detached (list of {kind, direction, other}); no row when absent.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[r]-(o:Entity)
WITH e, collect({kind: type(r), direction: CASE WHEN startNode(r) = e THEN 'OUTGOING' ELSE 'INCOMING' END, other: o.id}) AS rels
WITH e, properties(e) AS props, [x IN rels WHERE x.other IS NOT NULL] AS detached
DETACH DELETE e
RETURN props AS e, detached
