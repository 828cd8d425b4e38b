// Re-creates PARTNER_OF ties hidden by the evaluation. Params: ties (list of {from, to, props}).
UNWIND $ties AS t
MATCH (a:Entity {id: t.from}), (b:Entity {id: t.to})
MERGE (a)-[r:PARTNER_OF]->(b)
SET r = t.props
RETURN count(*) AS restored
