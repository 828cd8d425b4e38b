// Creates or updates entities by id; a node is only written when its properties differ.
// Params: rows (list of maps: the full property map of each node, including id and kind).
// Returns: created, updated, unchanged (counts), createdIds (ids of the new nodes).
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, properties(old) AS before
MERGE (e:Entity {id: row.id})
FOREACH (_ IN CASE WHEN before IS NULL OR before <> row THEN [1] ELSE [] END |
  SET e = row, e:$(row.kind))
RETURN count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> row THEN 1 END) AS updated,
       count(CASE WHEN before = row THEN 1 END) AS unchanged,
       collect(CASE WHEN before IS NULL THEN row.id END) AS createdIds
