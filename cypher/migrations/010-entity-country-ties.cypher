// The country sources of matches (cypher/matches/candidates) take the most-tied actors of a country here:
// equality on kind and on the stored country (migration 009), the stored count of public cooperation ties
// (cypher/time/tie-summaries) in the index's order, so that a seek reads the few hundred entries it keeps of a
// country of thousands (on M, Germany: 800 entries read for 9,037 actors; ranking them all read every tie count).
CREATE INDEX entity_kind_country_ties IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.countryId, e.tieCount);
