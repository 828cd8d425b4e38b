// Erases the values of every recorded change of an entity and of its ties (purgeEntity: removed for
// good means from the log too); who, when, what kind of change and which fields stay.
// Params: id. Returns: redacted (changes rewritten).
CALL () {
  MATCH (c:Change {entity: $id})
  RETURN c
  UNION
  MATCH (c:Change {other: $id})
  RETURN c
}
SET c.fields = apoc.convert.toJson([f IN apoc.convert.fromJsonList(c.fields) | {field: f.field, redacted: true}])
RETURN count(c) AS redacted
