// Empties the bench's scratch import database between two measured imports, migration bookkeeping
// included (the next import starts from nothing). Run in an auto-commit transaction (CALL … IN
// TRANSACTIONS): one transaction per 5000 nodes keeps the heap flat however much was imported.
// Returns: nothing.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS
