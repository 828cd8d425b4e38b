// History (issue 22, docs/access.md "History"): one (:Change) per changed entity or tie, written in
// the transaction of the change. `seq` numbers them in commit order (one counter node, locked from
// allocation to commit); `history(id)` seeks them by either end; the counter is unique so that the
// first concurrent MERGEs of it create one node.
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.entity);
CREATE INDEX change_other IF NOT EXISTS FOR (c:Change) ON (c.other);
CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (l:ChangeLog) REQUIRE l.id IS UNIQUE;
// Soft-deleted entities keep their node (labels :Deleted instead of :Entity and its kind): restore
// and purge find them by id.
CREATE INDEX deleted_id IF NOT EXISTS FOR (d:Deleted) ON (d.id);
