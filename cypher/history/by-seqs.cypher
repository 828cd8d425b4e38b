// Changes by their place in the log (node(id) and nodes(ids) for "change:<seq>" ids), without the changes
// of ties the viewer may not see (the rule of history/of-entity). Params: seqs, scope.
// Returns: c (the Change's properties) for each seq that exists and is visible.
UNWIND $seqs AS seq
MATCH (c:Change {seq: seq})
WHERE {{VISIBLE_CHANGE(c)}}
RETURN c {.*, at: toString(c.at)} AS c
