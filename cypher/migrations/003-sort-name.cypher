// Entities are listed by sortName (the folded name written by every import and upsert).
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (e:Entity) ON (e.sortName);
