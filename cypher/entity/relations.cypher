// Relations of many entities at once (DataLoader batch, one round trip per nesting level).
// Params: keys (list of {key, id, types: [relationship type], dir: OUTGOING|INCOMING|BOTH, first}).
// Returns: key, rels (list of {kind, direction, props, node}) ordered by the other end's name.
UNWIND $keys AS k
MATCH (e:Entity {id: k.id})
CALL (e, k) {
  MATCH (e)-[r]-(o:Entity)
  WHERE type(r) IN k.types
    AND (k.dir = 'BOTH' OR (k.dir = 'OUTGOING') = (startNode(r) = e))
  WITH r, o, startNode(r) = e AS out
  ORDER BY o.sortName, o.id
  // LIMIT cannot take a per-row value; slicing the ordered list does the same.
  WITH toInteger(k.first) AS first, collect({kind: type(r), direction: CASE WHEN out THEN 'OUTGOING' ELSE 'INCOMING' END, props: properties(r), node: properties(o)}) AS all
  RETURN all[..first] AS rels
}
RETURN k.key AS key, rels
