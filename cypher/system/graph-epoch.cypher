// The epoch of the graph's version (src/db/graph-version.ts): new for a wiped or newly loaded store, so that a
// result kept under a transaction of the store before (a bookmark, CypherRunner.readWithBookmark) is never taken
// for one of the new store. Params: none. Returns one row: epoch (null when the store has no version node).
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.epoch AS epoch
