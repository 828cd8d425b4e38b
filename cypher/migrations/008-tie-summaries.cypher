// Tie summaries (cypher/time/tie-summaries): each entity's count of public and of hidden cooperation ties,
// and the intervals of its public ties on a (:TieSpans {id}) node, found by this constraint's index.
// After this statement src/db/migrate.ts summarises the entities already stored, page by page.
CREATE CONSTRAINT tie_spans_id IF NOT EXISTS FOR (s:TieSpans) REQUIRE s.id IS UNIQUE;
