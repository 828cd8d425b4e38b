// Every cluster and organisation id (the evaluation draws negatives from them). Returns: id.
MATCH (e:Entity) WHERE e.kind IN ['Cluster', 'Organisation']
RETURN e.id AS id ORDER BY id
