// Which of the given ids exist (cooperation paths: NOT_FOUND for unknown ones).
// Params: ids. Returns: id.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, properties(e) AS e
