// Relations of many entities at once (DataLoader batch, one round trip per nesting level); also
// serves an entity lookup together with its first level of relations.
// Params: keys (list of {key, id, types: [relationship type], dir: OUTGOING|INCOMING|BOTH, first,
// props: the other end's properties the request reads, or null for all}).
// Returns: key, e (the entity's properties), rels (list of {kind, direction, props, node, values})
// ordered by the other end's name, with node = all its properties when props is null, else values =
// the listed properties in order (a 3-level lookup reads 8,400 entities: a dozen properties each
// cost more to ship and decode than the query took); no row for an id no entity has.
UNWIND $keys AS k
MATCH (e:Entity {id: k.id})
// Order references, cut to `first`, and only then build property maps: a sector or a country has
// thousands of ties, and mapping them all to keep twenty cost most of the query. (LIMIT cannot take
// a per-row value; slicing the ordered list does the same.)
WITH k, e, COLLECT {
  MATCH (e)-[r]-(o:Entity)
  WHERE type(r) IN k.types
    AND (k.dir = 'BOTH' OR (k.dir = 'OUTGOING') = (startNode(r) = e))
  WITH r, o
  ORDER BY o.sortName, o.id
  RETURN [r, o]
}[..toInteger(k.first)] AS top
RETURN k.key AS key, properties(e) AS e,
  [x IN top | {kind: type(x[0]), direction: CASE WHEN startNode(x[0]) = e THEN 'OUTGOING' ELSE 'INCOMING' END, props: properties(x[0]),
    node: CASE WHEN k.props IS NULL THEN properties(x[1]) END, values: CASE WHEN k.props IS NOT NULL THEN [p IN k.props | x[1][p]] END}] AS rels
