// Every cooperation relationship, by its endpoints and type (the ties the matching evaluation may hide).
// Returns: from, type, to.
MATCH (a:Entity)-[r:{{COOPERATION}}]->(b:Entity)
RETURN a.id AS from, type(r) AS type, b.id AS to
