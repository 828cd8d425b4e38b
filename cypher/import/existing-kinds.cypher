// The kinds of those of $ids that already exist (import validation: references and kind changes).
// Params: ids (list of strings). Returns: id, kind.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.kind AS kind
