// Keeps the tie summaries of the entities $batch.ids, which let a statement count an entity's cooperation
// ties without reading each tie (the TIES macro, src/modules/time/tie-count.ts; docs/performance.md,
// "Counting an entity's ties"):
//   - on the entity, tieCount (its PUBLIC cooperation ties) and hiddenTieCount (the PARTNERS and PRIVATE
//     ones, counted tie by tie by the viewers who may see some of them);
//   - for an entity with public ties, a (:TieSpans {id, from, to}) node holding each public tie's interval
//     (validFrom / validTo, cypher/time/derive-intervals; an unbounded end as 0000-01-01 / 9999-12-31): a
//     windowed count reads these two lists instead of every tie. Kept apart from the entity so that the
//     lists of a hub never travel with the entity's properties.
// Each entity is locked first (the caller sorts the ids): two transactions linking to one entity write its
// summary one after the other, the later having read the earlier's tie, so no tie is lost from a count.
// Only what differs is written, so summarising an unchanged graph writes nothing. An id without an
// entity (purged) loses its spans.
// A bulk load computes the same in its conversion (tools/bulk/derived.ts): a change to the rules here goes there too.
// Params: batch {ids} (in a map: one plan for every batch size). Returns: written (entities whose summary changed).
CALL () {
  UNWIND $batch.ids AS id
  MATCH (s:TieSpans {id: id})
  WHERE NOT EXISTS { (:Entity {id: id}) }
  DELETE s
}
CALL () {
  UNWIND $batch.ids AS id
  MATCH (e:Entity {id: id})
  SET e.`_lock` = true
  REMOVE e.`_lock`
  WITH e, [(e)-[r:{{COOPERATION}} WHERE r.visibility IS NULL OR r.visibility = 'PUBLIC']-() |
      [coalesce(r.validFrom, date('0000-01-01')), coalesce(r.validTo, date('9999-12-31'))]] AS spans,
    COUNT { (e)-[h:{{COOPERATION}} WHERE h.visibility IS NOT NULL AND h.visibility <> 'PUBLIC']-() } AS hidden
  OPTIONAL MATCH (old:TieSpans {id: e.id})
  WITH e, old, size(spans) AS n, hidden, [x IN spans | x[0]] AS froms, [x IN spans | x[1]] AS tos
  WHERE e.tieCount IS NULL OR e.tieCount <> n OR e.hiddenTieCount IS NULL OR e.hiddenTieCount <> hidden
    OR coalesce(old.from, []) <> froms OR coalesce(old.to, []) <> tos
  SET e.tieCount = n, e.hiddenTieCount = hidden
  FOREACH (_ IN CASE WHEN n > 0 THEN [1] ELSE [] END |
    MERGE (t:TieSpans {id: e.id})
    SET t.from = froms, t.to = tos)
  FOREACH (_ IN CASE WHEN n = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
  RETURN count(*) AS written
}
RETURN written
