// Empties a database for a measurement (tools/bench/history-cost.ts), keeping the migration records
// and the tests' marker: it may be the tests' own database. Run in an auto-commit transaction.
// Returns: nothing.
MATCH (n)
WHERE NOT n:Migration AND NOT n:TestDatabase
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS
