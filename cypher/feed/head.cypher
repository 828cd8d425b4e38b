// "Now" in the history log: the seq of the last committed change (0 before the first). A subscription
// without a cursor starts after it; the poller starts there too.
// Params: none. Returns: seq.
OPTIONAL MATCH (l:ChangeLog {id: 'log'})
RETURN coalesce(l.seq, 0) AS seq
