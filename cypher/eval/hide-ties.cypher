// Deletes the given PARTNER_OF ties. Params: ties (list of {from, to}). Returns: hidden (count).
UNWIND $ties AS t
MATCH (:Entity {id: t.from})-[r:PARTNER_OF]->(:Entity {id: t.to})
DELETE r
RETURN count(*) AS hidden
