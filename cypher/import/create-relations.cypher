// Creates relationships between entities created by this same import: none can exist yet, so
// there is nothing to merge (the batch was checked for duplicate triples).
// Params: rows (list of {from, to, type, props}). Returns: created.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
