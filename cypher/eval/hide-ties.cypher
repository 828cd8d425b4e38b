// Deletes the given relationships and returns them with their properties, so that they can be
// imported back. Params: ties (list of {from, type, to}). Returns: from, type, to, props.
UNWIND $ties AS t
MATCH (a:Entity {id: t.from})-[r]->(:Entity {id: t.to})
WHERE type(r) = t.type
WITH t, r, properties(r) AS props
DELETE r
RETURN t.from AS from, t.type AS type, t.to AS to, props
