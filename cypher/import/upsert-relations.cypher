// Creates or updates relationships identified by (from, type, to); written only when they differ.
// Params: rows (list of {from, to, type, props}).
// Returns: created, updated, unchanged (counts).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[old]->(b) WHERE type(old) = row.type
WITH a, b, row, properties(old) AS before
MERGE (a)-[r:$(row.type)]->(b)
FOREACH (_ IN CASE WHEN before IS NULL OR before <> row.props THEN [1] ELSE [] END | SET r = row.props)
RETURN count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> row.props THEN 1 END) AS updated,
       count(CASE WHEN before = row.props THEN 1 END) AS unchanged
