// title: Programmes by reach
// description: Funding programmes ranked by how far their money reaches: what they fund directly,
// description: the participants of the projects they fund, the places those are seated in and the
// description: countries, with the amounts recorded on the funding relations.
// param first: Int = 20 — Most programmes returned
MATCH (prog:Programme)
CALL (prog) {
  OPTIONAL MATCH (f:Entity)-[fund:FUNDED_BY]->(prog)
  WITH collect(DISTINCT f) AS funded, CASE WHEN count(fund.amountEur) = 0 THEN null ELSE sum(fund.amountEur) END AS amountEur
  CALL (funded) {
    UNWIND funded AS project
    MATCH (p:Entity)-[:PARTICIPATES_IN]->(project:Project)
    RETURN collect(DISTINCT p) AS participants
  }
  UNWIND CASE WHEN size(funded + participants) = 0 THEN [null] ELSE funded + participants END AS e
  OPTIONAL MATCH (e)-[:LOCATED_IN*0..1]->(seat:Region)
  OPTIONAL MATCH (seat)-[:PART_OF*0..10]->(country:Region {level: 'country'})
  RETURN size(funded) AS funded, size(participants) AS participants, amountEur,
    count(DISTINCT seat) AS places, collect(DISTINCT country.name) AS countries
}
RETURN prog.id AS id, prog.name AS name, funded, participants, places, countries, amountEur
ORDER BY funded + participants DESC, places DESC, name
LIMIT $first
