// Partner recommendations for one actor, scored and ranked here; the top $first come back with the
// features behind their scores (src/modules/matches/scoring.ts turns them into reasons, with the
// same weights, passed in as $weights).
// Candidates are actors of $narrow.kinds that do not cooperate with the actor yet (no direct cooperation
// tie and no common context of at most $maxContext ties) and that
//   - are partners (tied directly or through a common context) of one of its partners: partners of
//     partners; at most $introducers partners, the least-tied first, which weigh most (Adamic–Adar), and
//     the $reach best of their partners by Adamic–Adar, or
//   - lie in its region, or
//   - lie across the border of a neighbouring region of another country and share a sector with it, or
//   - are among the $active most-tied actors of its country or the $activeAbroad most-tied of each
//     neighbouring country: new partners come to the active ones.
// Sharing a funding programme is evidence for a candidate, never a reason to consider one.
// Contexts or partners with more than $maxContext ties (mass events, hubs) introduce nobody.
// Only cooperation ties overlapping [windowFrom, windowTo] count, in every feature (docs/model.md,
// "When a tie holds"): the candidates of the network as it stood then; both null: all of history.
// Params: id, narrow {kinds, sectors, countries} (filters, sectors and countries null for any: one map, so that
//   one plan serves every filter; lists as parameters of their own are planned again per size and per null),
//   maxContext, introducers, reach, active and
//   activeAbroad (0: no such source), first, weights {commonPartner, sharedSector, complementarySector, sameRegion,
//   sameCountry, experience, crossBorder, sharedProgramme} (src/modules/matches/weights.ts),
//   windowFrom, windowTo (Dates or null), scope. Only cooperation ties the viewer may see count, in every
//   feature ($scope, docs/access.md): a score never moves because of a hidden tie. Place, topic and funding
//   ties are always public (src/import/tie-visibility.ts).
// Returns one row per candidate, best first: candidate (properties), score, common (list of
//   {id, degree}), sharedSectors, complementarySectors (ids), sameRegion (id or null), crossBorder,
//   sharedProgrammes (ids).
MATCH (f:Entity {id: $id})
// OPTIONAL: an actor with no cooperation tie (yet, or as of the window) still gets candidates from its
// region; a plain CALL returning no partner dropped the actor's row and answered nothing.
OPTIONAL CALL (f) {
  MATCH (f)-[h1:{{COOPERATION}} WHERE {{IN_WINDOW(h1)}} AND {{VISIBLE(h1)}}]-(p) RETURN p
  UNION
  MATCH (f)-[h2:{{COOPERATION}} WHERE {{IN_WINDOW(h2)}} AND {{VISIBLE(h2)}}]-(x)
  WITH f, x WHERE {{TIES(x)}} <= $maxContext
  MATCH (x)-[h4:{{COOPERATION}} WHERE {{IN_WINDOW(h4)}} AND {{VISIBLE(h4)}}]-(p) WHERE p <> f
  RETURN p
}
WITH f, collect(p) AS partners
// The same set as a map by element id: a lookup per row where `IN partners` compared every partner.
WITH f, partners, apoc.map.fromLists([p IN partners | elementId(p)], [p IN partners | true]) AS isPartner
// The actor's places (every region it lies in, up the hierarchy), the regions bordering them, its
// sectors and their neighbours in the sector tree, and the programmes funding it or its projects.
WITH f, partners, isPartner, [(f)-[:LOCATED_IN]->()-[:PART_OF*0..10]->(r) | r] AS fPlaces
WITH f, partners, isPartner, fPlaces, [r IN fPlaces WHERE r.level = 'region'] AS fRegions,
  [(f)-[:FOCUSES_ON]->(s) | s] AS fSectors,
  [(f)-[h5:PARTICIPATES_IN WHERE {{IN_WINDOW(h5)}} AND {{VISIBLE(h5)}}]->()-[:FUNDED_BY]->(g:Programme) | g] + [(f)-[:FUNDED_BY]->(g:Programme) | g] AS fProgrammes
WITH f, partners, isPartner, fPlaces, fRegions, fSectors, fProgrammes,
  reduce(acc = [], r IN fPlaces | acc + [(r)-[:BORDERS]-(b) WHERE NOT b IN fPlaces | b]) AS fBordering,
  reduce(acc = [], r IN fRegions | acc + [(r)-[:BORDERS]-(b {level: 'region'}) WHERE NOT b IN fPlaces | b]) AS fNear,
  reduce(acc = [], s IN fSectors | acc + [(s)-[:SUBSECTOR_OF]-(n) WHERE NOT n IN fSectors | n]) AS fNeighbourSectors
// One row per (candidate, source), aggregated by candidate inside the subquery so that the lists
// above are not grouping keys; the actor's partners are dropped after it (isPartner).
CALL (f, partners, isPartner, fPlaces, fRegions, fNear, fBordering, fSectors, fProgrammes) {
  CALL (f, partners, isPartner, fPlaces, fRegions, fNear, fBordering, fSectors, fProgrammes) {
    // Partners' partners: actors tied to an introducer directly or through a context of at most $maxContext
    // ties (a common project, as for the actor's own partners). Measured on the generated S network as of
    // 2017-01-01: the introducers' direct ties held few of the partners first met in the next three
    // years, their partners through contexts half of them (but thousands per actor); the $reach best by
    // Adamic–Adar are candidates, the rest only add their common partners to candidates of other sources.
    UNWIND partners AS z
    WITH z WHERE z.kind IN ['Cluster', 'Organisation', 'Region', 'Alliance']
    WITH z, {{TIES(z)}} AS degree
    WHERE degree <= $maxContext
    ORDER BY degree, z.id
    LIMIT toInteger($introducers)
    MATCH (z)-[h7:{{COOPERATION}} WHERE {{IN_WINDOW(h7)}} AND {{VISIBLE(h7)}}]-(y)
    // Each tie's other end once, with every introducer tied to it: a project several introducers share is
    // expanded once, not once per introducer (on M, 38 % fewer ties read; docs/performance.md).
    WITH y, collect(DISTINCT {id: z.id, degree: degree}) AS introducedBy
    CALL (y) {
      RETURN y AS c
      UNION
      WITH y WHERE {{TIES(y)}} <= $maxContext
      MATCH (y)-[h12:{{COOPERATION}} WHERE {{IN_WINDOW(h12)}} AND {{VISIBLE(h12)}}]-(c)
      RETURN c
    }
    // An introducer is a partner, so the partners' test also drops c = z. One row per candidate, with its
    // common partners (13 k rows a request on M when it was one per common partner).
    WITH c, introducedBy WHERE isPartner[elementId(c)] IS NULL AND c <> f AND c.kind IN $narrow.kinds
    UNWIND introducedBy AS z
    WITH c, collect(DISTINCT z) AS common
    WITH c, common, reduce(s = 0.0, z IN common | s + 1.0 / log(1.0 + CASE WHEN z.degree < 1 THEN 1 ELSE z.degree END)) AS aa
    ORDER BY aa DESC, c.id
    WITH collect({c: c, common: common}) AS ranked
    UNWIND range(0, size(ranked) - 1) AS i
    RETURN ranked[i].c AS c, ranked[i].common AS common, null AS programme, CASE WHEN i < $reach THEN 1 ELSE 0 END AS source
    UNION ALL
    UNWIND fRegions AS r
    MATCH (r)<-[:PART_OF*0..3]-()<-[:LOCATED_IN]-(c)
    RETURN c, null AS common, null AS programme, 1 AS source
    UNION ALL
    UNWIND fNear AS b
    MATCH (b)<-[:PART_OF*0..3]-()<-[:LOCATED_IN]-(c)
    WHERE EXISTS { (c)-[:FOCUSES_ON]->(s) WHERE s IN fSectors }
    RETURN c, null AS common, null AS programme, 1 AS source
    UNION ALL
    // The most-tied actors of its country ($active) and of each neighbouring country ($activeAbroad): new
    // partners come to active actors, mostly near home. Measured on the generated S network as of
    // 2017-01-01 (docs/matching.md): without them the pool held 16 % of the partners first met in the next
    // three years; a quarter of those partners lay in a neighbouring country. Off in the API (both 0): it
    // counts the ties of every actor of those countries per request.
    UNWIND [r IN fPlaces WHERE r.level = 'country' | [r, $active]] + [b IN fBordering WHERE b.level = 'country' | [b, $activeAbroad]] AS kn
    WITH kn[0] AS k, toInteger(kn[1]) AS n
    WHERE n > 0
    CALL (k, n) {
      MATCH (k)<-[:PART_OF*0..3]-()<-[:LOCATED_IN]-(c)
      WHERE c.kind IN $narrow.kinds
      WITH c, {{TIES(c)}} AS degree
      ORDER BY degree DESC, c.id
      WITH collect(c) AS ranked
      UNWIND ranked[..n] AS c
      RETURN c
    }
    RETURN c, null AS common, null AS programme, 1 AS source
    UNION ALL
    UNWIND fProgrammes AS g
    MATCH (g)<-[:FUNDED_BY]-()<-[h8:PARTICIPATES_IN WHERE {{IN_WINDOW(h8)}} AND {{VISIBLE(h8)}}]-(c)
    RETURN c, null AS common, g AS programme, 0 AS source
  }
  // Only the partners' partners' branch gives common partners, one row per candidate.
  WITH c, coalesce(head(collect(common)), []) AS common, collect(DISTINCT programme) AS sharedProgrammes, max(source) AS maxSource
  WHERE maxSource = 1 AND isPartner[elementId(c)] IS NULL AND c <> f AND c.kind IN $narrow.kinds
  RETURN c, common, sharedProgrammes
}
WITH c, common, sharedProgrammes, fPlaces, fBordering, fSectors, fNeighbourSectors,
  [(c)-[:LOCATED_IN]->()-[:PART_OF*0..10]->(r) | r] AS cPlaces, [(c)-[:FOCUSES_ON]->(s) | s] AS cSectors
WHERE ($narrow.sectors IS NULL OR EXISTS { (c)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..3]->(s:Sector) WHERE s.id IN $narrow.sectors })
  AND ($narrow.countries IS NULL OR any(r IN cPlaces WHERE r.level = 'country' AND (r.countryCode IN $narrow.countries OR r.id IN $narrow.countries)))
WITH c, common, sharedProgrammes,
  [s IN cSectors WHERE s IN fSectors | s.id] AS sharedSectors,
  [s IN cSectors WHERE s IN fNeighbourSectors | s.id] AS complementarySectors,
  [r IN cPlaces WHERE r.level = 'region' AND r IN fPlaces | r.id][0] AS sameRegion,
  [r IN cPlaces WHERE r.level = 'country' AND r IN fPlaces | r.id][0] AS sameCountry,
  {{TIES(c)}} AS ties,
  NOT any(r IN cPlaces WHERE r.level = 'country' AND r IN fPlaces) AND any(r IN cPlaces WHERE r IN fBordering) AS crossBorder
WITH c, common, sharedProgrammes, sharedSectors, complementarySectors, sameRegion, sameCountry, ties, crossBorder,
  $weights.commonPartner * reduce(s = 0.0, z IN common | s + 1.0 / log(1.0 + CASE WHEN z.degree < 1 THEN 1 ELSE z.degree END))
  + $weights.sharedSector * size(sharedSectors) + $weights.complementarySector * size(complementarySectors)
  + CASE WHEN sameRegion IS NULL THEN 0.0 ELSE $weights.sameRegion END
  + CASE WHEN sameRegion IS NULL AND sameCountry IS NOT NULL THEN $weights.sameCountry ELSE 0.0 END
  + $weights.experience * log(1.0 + ties)
  + CASE WHEN crossBorder THEN $weights.crossBorder ELSE 0.0 END
  + $weights.sharedProgramme * size(sharedProgrammes) AS score
ORDER BY score DESC, c.id
LIMIT toInteger($first)
RETURN properties(c) AS candidate, score, common, sharedSectors, complementarySectors, sameRegion, sameCountry, crossBorder, [g IN sharedProgrammes | g.id] AS sharedProgrammes, ties
