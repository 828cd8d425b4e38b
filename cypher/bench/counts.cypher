// Size of the dataset being measured: entities and relationships (the migration
// bookkeeping nodes are not the dataset). Returns: nodes, relationships.
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
