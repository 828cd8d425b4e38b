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
// Sections: walk and count, as fragments/relation-page says (relationLiterals in entity.repository.ts).
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
CALL (e, k) {
  {{INCLUDE(fragments/relation-page)}}
}
RETURN i, CASE WHEN $batch.entity THEN properties(e) END AS e, total,
  [x IN top | [type(x[0]), x[2], CASE WHEN k.edge THEN properties(x[0]) END, x[3],
    CASE WHEN k.props IS NULL THEN properties(x[1]) ELSE [p IN k.props | x[1][p]] END]] AS rels
