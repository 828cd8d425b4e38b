// Creates relationships between entities created by this same import: none can exist yet, so
// there is nothing to merge (the batch was checked for duplicate triples). The ends are found by
// the element ids create-entities returned, which skips two index seeks per relationship. When the
// import commits per batch, a concurrent delete may have removed an end since: such a row is not
// stored, and `created` counts only what was, so the importer can refuse the batch.
// Params: rows (list of {a, b: element ids, type, props}). Returns: created.
UNWIND $rows AS row
// A soft-deleted end keeps its node but not its :Entity label.
MATCH (a) WHERE elementId(a) = row.a AND a:Entity
MATCH (b) WHERE elementId(b) = row.b AND b:Entity
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
