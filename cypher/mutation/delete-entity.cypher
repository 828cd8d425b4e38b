// Soft-deletes an entity: its node loses :Entity and its kind's label (so no read, index or
// constraint sees it any more) and becomes :Deleted, keeping its properties, when it was deleted
// and its ties (a JSON list on `_ties`: relationships cannot outlive their deletion); the
// relationships themselves are removed. restoreEntity brings both back, purgeEntity removes them.
// Run after mutation/lock-entity in the same transaction, so that no relationship committed
// meanwhile is deleted without being reported.
// Params: id. Returns: e (properties) and detached (list of {kind, direction, other, otherKind,
// props}); no row when absent.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[r]-(o:Entity)
WITH e, collect(CASE WHEN r IS NOT NULL THEN {
  kind: type(r), direction: CASE WHEN startNode(r) = e THEN 'OUTGOING' ELSE 'INCOMING' END, other: o.id,
  otherKind: o.kind, props: apoc.map.removeKeys(properties(r), ['validFrom', 'validTo'])} END) AS detached
WITH e, properties(e) AS props, detached
CALL (e) {
  MATCH (e)-[r]-()
  DELETE r
}
SET e:Deleted, e.deletedAt = datetime(), e.`_ties` = apoc.convert.toJson(detached)
REMOVE e:Entity
REMOVE e:$(props.kind)
RETURN props AS e, detached
