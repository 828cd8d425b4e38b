// The graph's version (src/db/graph-version.ts): one (:GraphVersion {id: 'graph', epoch, n}) node, n raised at the
// end of every transaction that changes a tie summary or a stored country, so that a result derived from them
// (the country rankings of matches, src/modules/matches/active-sources.ts) can be kept while n stays. The
// constraint makes the MERGE that creates it safe under concurrent writers; a database made afresh (a bulk load,
// a wiped store) gets a new random epoch here or at its first write, so nothing kept for another one matches.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.epoch = randomUUID(), v.n = 0;
