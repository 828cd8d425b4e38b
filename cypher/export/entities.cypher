// Every entity with all its properties, in id order (export).
// Returns: e (property map).
MATCH (e:Entity)
RETURN properties(e) AS e
ORDER BY e.id
