// Every relationship between entities that the exporting viewer may see ($scope, docs/access.md) with
// its properties (visibility included, so the export imports back as it was), ordered by endpoints and type.
// Params: scope. Returns: from, type, to, props.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE {{VISIBLE(r)}}
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
ORDER BY from, type, to
