// The entities an organisation is a member of: their PARTNERS ties are visible to it (docs/access.md).
// Params: org. Returns: ids (empty when the organisation is unknown or a member of nothing).
OPTIONAL MATCH (:Entity {id: $org})-[:MEMBER_OF]->(g:Entity)
RETURN collect(DISTINCT g.id) AS ids
