// One page of entity ids in id order, after $after (null: from the start); the migration that derives
// every interval walks the graph with it, a bounded transaction per page.
// Params: after (an id or null), first. Returns: id.
MATCH (e:Entity)
WHERE $after IS NULL OR e.id > $after
RETURN e.id AS id
ORDER BY e.id
LIMIT toInteger($first)
