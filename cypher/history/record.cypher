// Appends changes to the history log in the writing transaction. The counter is taken last in the
// transaction and its lock is held until commit, so commit order = seq order: a reader polling
// `seq > $cursor` never skips a change that commits later with a lower seq. `at` is read from the clock once
// the lock is held (datetime.realtime(), not the statement's start, which may precede a wait for the lock),
// so `at` never goes back as seq goes up.
// Params: by, org, source, changes (list of {op, entity, kind, other, relation, visibility, fields}).
// Returns: first (the seq of the first change), count.
MERGE (l:ChangeLog {id: 'log'})
SET l.seq = coalesce(l.seq, 0) + size($changes)
WITH l.seq - size($changes) AS base, datetime.realtime() AS at
UNWIND range(0, size($changes) - 1) AS i
WITH base, at, i, $changes[i] AS c
CREATE (:Change {seq: base + i + 1, at: at, by: $by, org: $org, source: $source, op: c.op, entity: c.entity,
  kind: c.kind, other: c.other, relation: c.relation, visibility: c.visibility, fields: c.fields})
RETURN base + 1 AS first, count(*) AS count
