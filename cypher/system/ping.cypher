// Liveness of the database: answers one row when Neo4j can run a query.
RETURN 1 AS ok
