// Locks both ends of a tie a link or unlink is about to write (in id order, as every writer locks them)
// and says who owns each: the ownership check then holds until the write commits (docs/access.md).
// Params: from, to. Returns: one row per end that exists: id, owner (null when no one owns it). An end
// not returned is missing (the write then answers NOT_FOUND).
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
FOREACH (n IN [x IN CASE WHEN $from < $to THEN [a, b] ELSE [b, a] END WHERE x IS NOT NULL] |
  SET n.`_lock` = true
  REMOVE n.`_lock`)
// A node deleted by the transaction that held its lock reads back without properties.
WITH a, b
UNWIND [x IN [a, b] WHERE x.id IS NOT NULL] AS e
RETURN e.id AS id, e.owner AS owner
