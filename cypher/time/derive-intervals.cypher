// Derives when the entities $ids exist and when every cooperation tie touching them holds
// (docs/model.md, "When a tie holds"), as Date properties validFrom / validTo (absent: unbounded), and
// writes only what differs, so re-deriving an unchanged graph writes nothing.
// An entity: founded–dissolved; a project or programme: startDate–endDate; an event: from its start.
// A tie: its own since / until, else its context's dates: a participation its project's, an
// attendance, hosting or organising its event's start (it does not end unless `until` says so), a
// membership its body's founded–dissolved, a founding the founded thing's start, an EVENT_OF its
// event's start; a partnership only its own.
// Partial dates are ranges: a start counts from the first day of its range ("2018" → 2018-01-01), an
// end until the last ("2018" → 2018-12-31). A day past the month's end (2019-02-30) rolls over
// rather than fail the write: the pattern the import checks lets such strings through.
// A bulk load computes the same in its conversion (tools/bulk/derived.ts): a change to the rules here goes there too.
// Params: batch {ids} (entity ids, in a map so that one plan serves every batch size). Returns: written
// (entities and ties whose interval changed), ends (the ids at both ends of each tie whose interval changed:
// their tie summaries change with it, cypher/time/tie-summaries).
CALL () {
  UNWIND $batch.ids AS id
  MATCH (e:Entity {id: id})
  RETURN e AS x,
    CASE WHEN e.kind IN ['Project', 'Programme', 'Event'] THEN e.startDate ELSE e.founded END AS fromText,
    CASE WHEN e.kind IN ['Project', 'Programme'] THEN e.endDate WHEN e.kind = 'Event' THEN null ELSE e.dissolved END AS toText,
    [] AS ends
  UNION
  UNWIND $batch.ids AS id
  MATCH (:Entity {id: id})-[r:{{COOPERATION}}]-()
  WITH DISTINCT r
  WITH r, type(r) AS t, CASE type(r) WHEN 'EVENT_OF' THEN startNode(r) ELSE endNode(r) END AS c
  RETURN r AS x,
    coalesce(r.since, CASE t WHEN 'PARTNER_OF' THEN null WHEN 'MEMBER_OF' THEN c.founded
      WHEN 'FOUNDED' THEN coalesce(c.founded, c.startDate) ELSE c.startDate END) AS fromText,
    coalesce(r.until, CASE t WHEN 'PARTICIPATES_IN' THEN c.endDate WHEN 'MEMBER_OF' THEN c.dissolved END) AS toText,
    [startNode(r).id, endNode(r).id] AS ends
}
WITH x, fromText, toText, ends,
  [s IN [fromText, toText] | CASE WHEN s =~ '\\d{4}-\\d{2}-\\d{2}'
    THEN date({year: toInteger(left(s, 4)), month: toInteger(substring(s, 5, 2)), day: 1}) + duration({days: toInteger(right(s, 2)) - 1})
    WHEN s =~ '\\d{4}(-\\d{2})?' THEN date(s) END] AS firstDays
WITH x, ends, firstDays[0] AS validFrom, CASE
    WHEN toText =~ '\\d{4}' THEN date({year: firstDays[1].year, month: 12, day: 31})
    WHEN toText =~ '\\d{4}-\\d{2}' THEN firstDays[1] + duration({months: 1}) - duration({days: 1})
    ELSE firstDays[1] END AS validTo
WITH x, ends, validFrom, validTo
WHERE coalesce(toString(x.validFrom), '') <> coalesce(toString(validFrom), '')
  OR coalesce(toString(x.validTo), '') <> coalesce(toString(validTo), '')
SET x.validFrom = validFrom, x.validTo = validTo
RETURN count(*) AS written, collect(ends[0]) + collect(ends[1]) AS ends
