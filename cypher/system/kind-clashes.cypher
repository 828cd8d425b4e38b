// Entities whose labels name more than one kind, or a kind other than their `kind` property: one
// id, one kind is the model's rule, and a race between upserts of different kinds once broke it
// (issue 17, row 6). Run at start-up after the migrations; any row is logged as a warning.
// Params: first (how many to list). Returns: count, clashes (at most `first` of {id, kind, labels}).
MATCH (e:Entity)
WITH e, [l IN labels(e) WHERE l <> 'Entity'] AS kinds
WHERE size(kinds) <> 1 OR kinds[0] <> e.kind
WITH collect({id: e.id, kind: e.kind, labels: kinds}) AS found
RETURN size(found) AS count, found[0..$first] AS clashes
