// Entities by id (DataLoader batch). Params: ids. Returns: e (property map) for the ids that exist.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN properties(e) AS e
