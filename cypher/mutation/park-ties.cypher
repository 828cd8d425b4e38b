// Keeps ties of a restored entity whose other end is itself deleted with that end (appended to its
// `_ties`): restoring it brings them back. Each end is read after its lock (a concurrent restore
// leaves it without :Deleted, and then the tie is not kept).
// Params: ties (list of {other, tie: JSON of the tie as seen from `other`}). Returns: parked (ids of the ends).
UNWIND $ties AS p
MATCH (x:Deleted {id: p.other})
WITH p, x ORDER BY x.deletedAt DESC
WITH p.other AS other, collect(x)[0] AS x, collect(DISTINCT p.tie) AS parked
SET x.`_lock` = true
REMOVE x.`_lock`
WITH other, x, parked WHERE x:Deleted
SET x.`_ties` = apoc.convert.toJson(coalesce(apoc.convert.fromJsonList(x.`_ties`), []) +
  [t IN parked | apoc.convert.fromJsonMap(t)])
RETURN collect(other) AS parked
