// Relations of many entities at once (DataLoader batch, one round trip per nesting level); also
// serves an entity lookup together with its first level of relations.
// Params: batch {keys} (in a map, so that one plan serves every batch size: Neo4j plans a statement again per
// list size bucket), keys a list of {key, id, types: [relationship type], dir: OUTGOING|INCOMING|BOTH, first,
// after: null or {s, id, t, d} (the position after which the page starts: the other end's sortName
// and id, the type and the direction), count: whether to count all the relations of the key,
// props: the other end's properties the request reads, or null for all, windowFrom, windowTo: Dates or
// null, only ties overlapping that window (docs/model.md, "When a tie holds")}); limit: the largest
// first + 1 of the keys, and entity: whether e carries every property (an entity lookup) or only the id
// (a nested level: its entity came with the level above); scope (the viewer's VisibilityScope).
// Literal: types, written into the pattern: the one type when every key asks for that same single type (a
// typed field), else every relationship type, the keys' own lists still filtering (patternTypes in
// entity.repository.ts: a text per type list a client sends would each be planned). With one type Neo4j
// reads only those ties: walking an organisation's other ties cost 30 % of a typed level's db hits.
// Returns: key, e (the entity's properties, or only its id), total (the number of relations of the key, null unless
// count), rels (list of {kind, direction, props, s, node, values}, at most first + 1: one more tells
// that a next page exists) ordered by the other end's sortName (s), its id, the type and the
// direction, with node = all its properties when props is null, else values = the listed properties
// in order (a 3-level lookup reads 8,400 entities: a dozen properties each cost more to ship and
// decode than the query took); no row for an id no entity has. Only ties the viewer may see ($scope,
// docs/access.md) are listed and counted.
UNWIND $batch.keys AS k
MATCH (e:Entity {id: k.id})
// Order references, cut to `first`, and only then build property maps: a sector or a country has
// thousands of ties, and mapping them all to keep twenty cost most of the query. LIMIT cannot take
// a per-row value, but one for the statement ($limit, the largest first + 1) turns the sort of
// every tie into a top-k (Neo4j's Top operator keeps only $limit rows); slicing the ordered list
// then cuts each key to its own first + 1. The cursor is a seek: ties before it are filtered out
// before the sort, never read and skipped.
WITH k, e, COLLECT {
  MATCH (e)-[r:{{types}}]-(o:Entity)
  WHERE type(r) IN k.types
    AND (k.dir = 'BOTH' OR (k.dir = 'OUTGOING') = (startNode(r) = e))
    AND (k.windowTo IS NULL OR (coalesce(r.validFrom <= k.windowTo, true) AND coalesce(r.validTo >= k.windowFrom, true)))
    AND {{VISIBLE(r)}}
  WITH r, o, coalesce(o.sortName, '') AS s, type(r) AS t,
    CASE WHEN startNode(r) = e THEN 'OUTGOING' ELSE 'INCOMING' END AS d
  WHERE k.after IS NULL OR s > k.after.s
    OR (s = k.after.s AND (o.id > k.after.id
      OR (o.id = k.after.id AND (t > k.after.t OR (t = k.after.t AND d > k.after.d)))))
  WITH r, o, s, t, d
  ORDER BY s, o.id, t, d
  LIMIT toInteger($limit)
  RETURN [r, o, d, s]
}[..toInteger(k.first) + 1] AS top
// Counted only when the client selected totalCount: the filter drops the row before the MATCH runs.
CALL (k, e) {
  WITH k, e WHERE k.count
  MATCH (e)-[r:{{types}}]-(:Entity)
  WHERE type(r) IN k.types
    AND (k.dir = 'BOTH' OR (k.dir = 'OUTGOING') = (startNode(r) = e))
    AND (k.windowTo IS NULL OR (coalesce(r.validFrom <= k.windowTo, true) AND coalesce(r.validTo >= k.windowFrom, true)))
    AND {{VISIBLE(r)}}
  RETURN count(r) AS n
}
RETURN k.key AS key, CASE WHEN $batch.entity THEN properties(e) ELSE e {.id} END AS e, CASE WHEN k.count THEN n END AS total,
  [x IN top | {kind: type(x[0]), direction: x[2], props: properties(x[0]), s: x[3],
    node: CASE WHEN k.props IS NULL THEN properties(x[1]) END, values: CASE WHEN k.props IS NOT NULL THEN [p IN k.props | x[1][p]] END}] AS rels
