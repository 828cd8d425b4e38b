// The change feed's page: changes of the history log after a seq, in seq (= commit) order (docs/access.md,
// "Change feed"). One process's poller reads it for every subscriber; a subscriber resuming from an older
// cursor reads it up to `until` (what the poller has already read), then joins the poller.
// Params: after (seq), until (seq or null: no upper bound), limit. Returns: change (its properties).
MATCH (c:Change)
WHERE c.seq > toInteger($after) AND ($until IS NULL OR c.seq <= toInteger($until))
WITH c
ORDER BY c.seq
LIMIT toInteger($limit)
RETURN properties(c) AS change
