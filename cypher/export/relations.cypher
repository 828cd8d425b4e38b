// Every relationship between entities with its properties, ordered by endpoints and type (export).
// Returns: from, type, to, props.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
ORDER BY from, type, to
