// Restores a soft-deleted entity (mutation/find-deleted locked it): its labels come back, and each
// tie it had whose other end is live with the kind it had is created again with its properties
// (decoded from `_ties` here, so integers stay integers and floats floats). The other ends are
// locked in id order and read after their lock, so a tie is never tied to an end deleted meanwhile.
// Params: node (element id), id. Returns: e (properties), restored (the ties created again: {kind,
// direction, other, otherKind, props}), waiting (the others: {other, tie}, where `tie` is the JSON of
// the tie as seen from its other end, for mutation/park-ties).
MATCH (d:Deleted) WHERE elementId(d) = $node
WITH d, coalesce(apoc.convert.fromJsonList(d.`_ties`), []) AS ties
REMOVE d:Deleted, d.deletedAt, d.`_ties`
SET d:Entity, d:$(d.kind)
WITH d, ties
CALL (d, ties) {
  UNWIND ties AS t
  OPTIONAL MATCH (o:Entity {id: t.other})
  WITH t, o ORDER BY t.other
  FOREACH (x IN CASE WHEN o IS NOT NULL THEN [o] ELSE [] END |
    SET x.`_lock` = true
    REMOVE x.`_lock`)
  WITH t, o WHERE o IS NOT NULL AND o:Entity AND o.kind = t.otherKind
  FOREACH (_ IN CASE WHEN t.direction = 'OUTGOING' THEN [1] ELSE [] END |
    MERGE (d)-[r:$(t.kind)]->(o)
    SET r = t.props)
  FOREACH (_ IN CASE WHEN t.direction = 'INCOMING' THEN [1] ELSE [] END |
    MERGE (o)-[r:$(t.kind)]->(d)
    SET r = t.props)
  RETURN collect(t) AS restored
}
WITH d, ties, restored
RETURN properties(d) AS e, restored,
  [t IN ties WHERE NOT t IN restored | {other: t.other, tie: apoc.convert.toJson({kind: t.kind,
    direction: CASE t.direction WHEN 'OUTGOING' THEN 'INCOMING' ELSE 'OUTGOING' END, other: d.id,
    otherKind: d.kind, props: t.props})}] AS waiting
