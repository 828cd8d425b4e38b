// An entity lookup with the relations its query reads up to three levels deep, in one statement: the first level of
// each entity (as entity/relations reads it), then the pages the query will ask of each entity on those pages, and
// of theirs. A nested lookup then costs one round trip, not one per level (the server primes its loaders with
// every page; a read found here answers its field resolver).
// Params: batch {ids, spec, specs, entity}, limit, scope, as entity/relations, and in each spec: next (the indices
// in specs of the reads asked of every entity on this read's page, or null), on (the kinds those reads apply to:
// the kinds of the fragment the field sits in, or null for every kind). A deeper read of the same entity with the
// same spec (an entity on two pages) is made once.
// Literal: types, as in entity/relations, over the reads of every level (one text per type, not per combination of
// levels: a text per combination would let a client make Neo4j plan again and again).
// Sections: walk and count over the reads of every level, as fragments/relation-page says.
// Returns one row per read made: s (its spec's index), id (its entity), e (every property of the entity for the
// first level when batch.entity, else null), total and rels as entity/relations.
UNWIND range(0, size($batch.ids) - 1) AS i
WITH toInteger($batch.spec[i]) AS s, $batch.ids[i] AS id
WITH s, id, $batch.specs[s] AS k
MATCH (e:Entity {id: id})
CALL (e, k) {
  {{INCLUDE(fragments/relation-page)}}
}
WITH collect({s: s, id: id, e: CASE WHEN $batch.entity THEN properties(e) END, total: total, top: top}) AS level1
// Each level's reads of the entities on the pages above (fragments/relation-level).
CALL (level1) {
  WITH level1 AS above
  {{INCLUDE(fragments/relation-level)}}
}
WITH level1, below AS level2
CALL (level2) {
  WITH level2 AS above
  {{INCLUDE(fragments/relation-level)}}
}
WITH level1, level2, below AS level3
UNWIND level1 + level2 + level3 AS row
WITH row, $batch.specs[row.s] AS k
RETURN row.s AS s, row.id AS id, row.e AS e, row.total AS total,
  [x IN row.top | [type(x[0]), x[2], CASE WHEN k.edge THEN properties(x[0]) END, x[3],
    CASE WHEN k.props IS NULL THEN properties(x[1]) ELSE [p IN k.props | x[1][p]] END]] AS rels
