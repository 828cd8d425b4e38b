// title: Cross-border projects
// description: Projects whose participants, members and founders are seated in at least
// description: minCountries countries, with those countries and participants.
// param minCountries: Int = 2 — Fewest countries among the participants
// param first: Int = 50 — Most projects returned
MATCH (p:Project)<-[:PARTICIPATES_IN|MEMBER_OF|FOUNDED]-(a:Entity)
OPTIONAL MATCH (a)-[:LOCATED_IN*0..1]->(:Region)-[:PART_OF*0..10]->(c:Region {level: 'country'})
WITH p, collect(DISTINCT a.name) AS participants, collect(DISTINCT c.name) AS countries
WHERE size(countries) >= $minCountries
RETURN p.id AS id, p.name AS name, size(countries) AS countryCount, countries, participants
ORDER BY countryCount DESC, size(participants) DESC, name
LIMIT $first
