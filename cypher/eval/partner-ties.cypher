// Direct partnerships between clusters and organisations (the ties the matching evaluation hides).
// Returns: from, to (ids), props.
MATCH (a:Entity)-[r:PARTNER_OF]->(b:Entity)
WHERE a.kind IN ['Cluster', 'Organisation'] AND b.kind IN ['Cluster', 'Organisation']
RETURN a.id AS from, b.id AS to, properties(r) AS props
ORDER BY from, to
