// Creates or updates relationships identified by (from, type, to); written only when they differ.
// Before writing, both ends are locked (in id order) and checked to still exist with the kinds
// validation saw: a link racing the deletion of an end was answered OK yet neither stored nor
// reported as detached (issue 17, row 10), and one racing a delete and re-create of an end as
// another kind tied a PARTNER_OF to a Sector.
// Params: rows (list of {from, to, type, props, fromKind?, toKind?}).
// Returns: created, updated, unchanged (counts), missing (ids of ends that no longer exist) and
// changed (ids of ends now of another kind): those rows were not stored; written (list of {from, to,
// type, before}: the rows created or updated, with the properties they had, for the history log).
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {id: row.from})
OPTIONAL MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[old]->(b) WHERE type(old) = row.type
// validFrom / validTo are derived after the write (cypher/time/derive-intervals): not part of the comparison.
WITH row, a, b, CASE WHEN old IS NOT NULL THEN apoc.map.removeKeys(properties(old), ['validFrom', 'validTo']) END AS before
WITH row, a, b, before, before IS NULL OR before <> row.props AS writes
// An unchanged row writes nothing and needs no lock: a delete that removes it reports it as detached.
FOREACH (n IN CASE WHEN writes THEN [x IN CASE WHEN row.from < row.to THEN [a, b] ELSE [b, a] END WHERE x IS NOT NULL] ELSE [] END |
  SET n.`_lock` = true
  REMOVE n.`_lock`)
// A node deleted by a transaction that held its lock reads back without properties (soft-deleted:
// without its :Entity label).
WITH row, a, b, before, writes,
     CASE WHEN a.id IS NULL OR NOT a:Entity THEN row.from WHEN b.id IS NULL OR NOT b:Entity THEN row.to END AS missing,
     CASE WHEN a.kind <> row.fromKind THEN row.from WHEN b.kind <> row.toKind THEN row.to END AS changed
WITH row, a, b, before, writes, missing, CASE WHEN missing IS NULL THEN changed END AS changed
// The history log records the relationship as it was under the lock: a link racing an identical one
// read `before` while that one was being written, and must not record a second LINK.
OPTIONAL CALL (row, a, b, writes, missing) {
  WITH row, a, b WHERE writes AND missing IS NULL
  OPTIONAL MATCH (a)-[old]->(b) WHERE type(old) = row.type
  RETURN CASE WHEN old IS NOT NULL THEN apoc.map.removeKeys(properties(old), ['validFrom', 'validTo']) END AS lockedBefore
}
OPTIONAL CALL (row, a, b, writes, missing, changed) {
  WITH row, a, b WHERE writes AND missing IS NULL AND changed IS NULL
  MERGE (a)-[r:$(row.type)]->(b)
  SET r = row.props
  RETURN true AS written
}
WITH row, before, lockedBefore, writes, missing, changed, missing IS NULL AND changed IS NULL AS stored
RETURN count(CASE WHEN stored AND before IS NULL THEN 1 END) AS created,
       count(CASE WHEN stored AND before IS NOT NULL AND before <> row.props THEN 1 END) AS updated,
       count(CASE WHEN stored AND before = row.props THEN 1 END) AS unchanged,
       collect(missing) AS missing,
       collect(changed) AS changed,
       collect(CASE WHEN stored AND writes AND (lockedBefore IS NULL OR lockedBefore <> row.props)
         THEN {from: row.from, to: row.to, type: row.type, before: lockedBefore} END) AS written
