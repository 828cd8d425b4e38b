// neo4j-admin stores no property for an empty list, where the online import stores [] (every
// entity has aliases, sources and labels): after a bulk load this sets the lists it left absent,
// so both paths store the same graph. Run in an auto-commit transaction (CALL … IN TRANSACTIONS).
// Returns: nothing.
MATCH (e:Entity)
WHERE e.aliases IS NULL OR e.sources IS NULL OR e.labels IS NULL
CALL (e) {
  SET e.aliases = coalesce(e.aliases, []), e.sources = coalesce(e.sources, []), e.labels = coalesce(e.labels, [])
} IN TRANSACTIONS OF 20000 ROWS
