// The entities at the ends of relationships an analyst statement returned without their nodes.
// Params: ids (list of element ids). Returns: elementId, props (property map).
MATCH (n:Entity)
WHERE elementId(n) IN $ids
RETURN elementId(n) AS elementId, properties(n) AS props
