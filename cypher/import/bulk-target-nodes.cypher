// How many nodes the database holds besides the migrations' bookkeeping: bulk loading replaces
// the whole store, so it refuses a database where this is not 0 unless told to replace it.
// Returns: count.
MATCH (n)
WHERE NOT n:Migration
RETURN count(n) AS count
