// One page of the ids of entities without a tie summary (cypher/time/tie-summaries), in id order after
// $after (null: from the start): migration 008 summarises the entities stored before it, a bounded
// transaction per page; entities summarised since (every write summarises what it touches) are skipped.
// Params: after (an id or null), first. Returns: id.
MATCH (e:Entity)
WHERE e.tieCount IS NULL AND ($after IS NULL OR e.id > $after)
RETURN e.id AS id
ORDER BY e.id
LIMIT toInteger($first)
