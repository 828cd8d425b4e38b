// Full-text search over names, aliases and descriptions (index entity_search, ASCII-folding analyser).
// Params: query (a Lucene query built by search.service), kinds (list of kind names or null), first.
// Returns: e (property map), score — best first.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN properties(node) AS e, score
ORDER BY score DESC, node.id
LIMIT toInteger($first)
