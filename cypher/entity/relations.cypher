// Relations of many entities at once (DataLoader batch, one round trip per nesting level); also
// serves an entity lookup together with its first level of relations.
// Params: batch {ids, spec, specs, entity} (in a map, so that one plan serves every batch size: Neo4j plans a
// statement again per list size bucket): ids[i] the entity of read i, specs[spec[i]] what read i asks (the reads of
// a level share a few specs: sending one per id was most of the statement's bytes), a spec being {types:
// [relationship type], or null when the pattern's literal holds exactly those types; dir: OUTGOING|INCOMING|BOTH,
// first, after: null or {s, id, t, d} (the position after which the page starts: the other end's sortName and id,
// the type and the direction), count: whether to count all the relations of the read, props: the other end's
// properties the request reads, or null for all, edge: whether the tie's own properties are read, windowFrom,
// windowTo: Dates or null, only ties overlapping that window (docs/model.md, "When a tie holds")}; entity: whether
// the row carries every property of the entity (a lookup) or nothing (a nested level: its entity came with the
// level above); limit: the largest first + 1 of the specs;
// scope (the viewer's VisibilityScope).
// Literal: types, written into the pattern: the one type when every read asks for that same single type (a
// typed field), else every relationship type, the specs' own lists still filtering (patternTypes in
// entity.repository.ts: a text per type list a client sends would each be planned). With one type Neo4j
// reads only those ties: walking an organisation's other ties cost 30 % of a typed level's db hits.
// Returns: i (the read), e (the entity's properties, or null), total (the number of relations of the read, null
// unless count), rels: lists [type, direction, tie properties or null unless edge, the other end's sortName, the
// other end's properties (a map when props is null, else the listed properties in order)], at most first + 1 (one
// more tells that a next page exists), ordered by the other end's sortName, its id, the type and the direction.
// Lists, not maps: a 3-level lookup reads 8,400 entities, and decoding each row's keys cost the server more than
// the query took. No row for an id no entity has. Only ties the viewer may see ($scope, docs/access.md) are listed
// and counted.
UNWIND range(0, size($batch.ids) - 1) AS i
WITH i, $batch.specs[toInteger($batch.spec[i])] AS k, $batch.ids[i] AS id
MATCH (e:Entity {id: id})
// Order references, cut to `first`, and only then build property maps: a sector or a country has
// thousands of ties, and mapping them all to keep twenty cost most of the query. LIMIT cannot take
// a per-row value, but one for the statement ($limit, the largest first + 1) turns the sort of
// every tie into a top-k (Neo4j's Top operator keeps only $limit rows); slicing the ordered list
// then cuts each key to its own first + 1. The cursor is a seek: ties before it are filtered out
// before the sort, never read and skipped.
WITH i, k, e, COLLECT {
  MATCH (e)-[r:{{types}}]-(o:Entity)
  WHERE (k.types IS NULL OR type(r) IN k.types)
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
  WHERE (k.types IS NULL OR type(r) IN k.types)
    AND (k.dir = 'BOTH' OR (k.dir = 'OUTGOING') = (startNode(r) = e))
    AND (k.windowTo IS NULL OR (coalesce(r.validFrom <= k.windowTo, true) AND coalesce(r.validTo >= k.windowFrom, true)))
    AND {{VISIBLE(r)}}
  RETURN count(r) AS n
}
RETURN i, CASE WHEN $batch.entity THEN properties(e) END AS e, CASE WHEN k.count THEN n END AS total,
  [x IN top | [type(x[0]), x[2], CASE WHEN k.edge THEN properties(x[0]) END, x[3],
    CASE WHEN k.props IS NULL THEN properties(x[1]) ELSE [p IN k.props | x[1][p]] END]] AS rels
