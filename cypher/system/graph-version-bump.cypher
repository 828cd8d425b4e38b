// Raises the graph's version (src/db/graph-version.ts) at the end of a transaction that changed a tie summary or a
// stored country: its lock is held to commit, as the history log's counter is, and taken after every other lock
// of the transaction, so writers meet here in one order. Created with a new random epoch when absent (a wiped
// database). Params: none. Returns: n.
MERGE (v:GraphVersion {id: 'graph'})
  ON CREATE SET v.epoch = randomUUID(), v.n = 0
SET v.n = v.n + 1
RETURN v.n AS n
