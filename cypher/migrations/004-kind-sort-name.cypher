// A list of one kind by name seeks here: equality on kind, range on sortName, rows in sortName order,
// so a page reads first + 1 entries instead of every entity of the kind (cypher/list/page-by-name).
CREATE INDEX entity_kind_sort_name IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.sortName);
