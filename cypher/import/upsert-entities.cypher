// Creates or updates entities by id; a node is only written when its properties differ. The node is
// locked before it is read, so that the kind check and the write are one atomic step: two upserts of
// different kinds racing on a new id gave one node labelled with both kinds (issue 17, row 6).
// Params: rows (list of maps: the full property map of each node, including id and kind).
// Returns: created, updated, unchanged (counts), createdIds (ids of the new nodes), conflicts (list of
// {id, kinds}: rows refused, the node has another kind), vanished (ids whose node a concurrent delete
// removed while this waited for its lock: nothing was written for them; run them again), updatedBefore
// (list of {id, before}: the properties the updated nodes had, for the history log).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.`_created` = true
// An exclusive lock held to commit: from here no other writer can change or delete this node.
SET e.`_lock` = true
REMOVE e.`_lock`
// A concurrent (soft) delete that held the lock leaves the node without :Entity.
WITH row, e, e.`_created` IS NOT NULL AS isNew, e.id IS NULL OR NOT e:Entity AS gone
// validFrom / validTo, the tie counts and countryId are derived after the write (cypher/time/derive-intervals,
// cypher/time/tie-summaries, cypher/list/store-countries): not part of the comparison.
WITH row, e, isNew, gone, CASE WHEN isNew OR gone THEN null ELSE apoc.map.removeKeys(properties(e), ['validFrom', 'validTo', 'tieCount', 'hiddenTieCount', 'countryId']) END AS before,
     [l IN labels(e) WHERE l <> 'Entity' AND l <> row.kind] AS otherKinds, e {.tieCount, .hiddenTieCount, .countryId} AS kept
WITH row, e, isNew, gone, before, NOT gone AND size(otherKinds) > 0 AS clash, otherKinds, kept
// A new entity has no ties yet (no tie counted, no country but itself when it is a country); an updated one
// keeps what only its ties decide (no entity write changes a tie; absent, never derived, they stay absent:
// counted tie by tie until migration 008 summarises it). A region whose level changes has its country, and
// that of everything below it, derived again by the import (list/store-countries).
FOREACH (_ IN CASE WHEN NOT gone AND NOT clash AND (isNew OR before <> row) THEN [1] ELSE [] END |
  SET e = row, e:$(row.kind), e.tieCount = CASE WHEN isNew THEN 0 ELSE kept.tieCount END,
    e.hiddenTieCount = CASE WHEN isNew THEN 0 ELSE kept.hiddenTieCount END,
    e.countryId = CASE WHEN NOT isNew THEN kept.countryId WHEN row.kind = 'Region' AND row.level = 'country' THEN row.id END)
RETURN count(CASE WHEN isNew AND NOT clash THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND NOT clash AND before <> row THEN 1 END) AS updated,
       count(CASE WHEN before IS NOT NULL AND NOT clash AND before = row THEN 1 END) AS unchanged,
       collect(CASE WHEN isNew AND NOT clash THEN row.id END) AS createdIds,
       collect(CASE WHEN clash THEN {id: row.id, kinds: otherKinds} END) AS conflicts,
       collect(CASE WHEN gone THEN row.id END) AS vanished,
       collect(CASE WHEN before IS NOT NULL AND NOT clash AND before <> row THEN {id: row.id, before: before} END) AS updatedBefore
