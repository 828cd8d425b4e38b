// How many nodes the database holds besides the bookkeeping the migrations make (their records, the graph's
// version): bulk loading replaces the whole store, so it refuses a database where this is not 0 unless told to
// replace it. A database an API was started on once (migrations applied, nothing written) counts as empty.
// Returns: count.
MATCH (n)
WHERE NOT n:Migration AND NOT n:GraphVersion
RETURN count(n) AS count
