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
//   - are among the most-tied actors of its country or of a neighbouring country ($activeSources, ranked by
//     cypher/matches/active-ranks in the same window): new partners come to the active ones.
// Sharing a funding programme is evidence for a candidate, never a reason to consider one.
// Contexts or partners with more than $maxContext ties (mass events, hubs) introduce nobody.
// Only cooperation ties overlapping [windowFrom, windowTo] count, in every feature (docs/model.md,
// "When a tie holds"): the candidates of the network as it stood then; both null: all of history.
// Params: id, narrow {kinds, sectors, countries} (filters, sectors and countries null for any: one map, so that
//   one plan serves every filter; lists as parameters of their own are planned again per size and per null),
//   maxContext, introducers, reach, activeSources {ids (element ids), ties (map element id → public ties in the
//   window)} (the country sources, from cypher/matches/active-ranks; in a map: one plan for every size), first,
//   weights {commonPartner, sharedSector, complementarySector, sameRegion, sameCountry, experience, crossBorder,
//   sharedProgramme} (src/modules/matches/weights.ts),
//   windowFrom, windowTo (Dates or null), scope. Only cooperation ties the viewer may see count, in every
//   feature ($scope, docs/access.md): a score never moves because of a hidden tie. Place, topic and funding
//   ties are always public (src/import/tie-visibility.ts).
// Only the candidates that can still reach the top $first are read and scored in full: what each one's score is
// known to be from its source (common partners, programmes, ties) against at most what its places and sectors can
// add (docs/performance.md, "Matches with the country sources"); with a sector or country filter, all are.
// Before the other sources are read, the partners' partners are ranked and give a floor under that bar: the other
// sources' rows whose candidate's stored ties are too few to reach it are dropped where they are read, before the
// grouping (docs/performance.md, "Matches at L: a floor before the sources"; the same answers).
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
  // All of its ties (stored) bound those it has in the window: most contexts are decided without their spans.
  WITH f, x WHERE x.tieCount + x.hiddenTieCount <= $maxContext OR {{TIES(x)}} <= $maxContext
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
  // Across a border: neighbouring regions of another country only (in none of the actor's countries), as the
  // crossBorder feature reads it below. Until 2026-12-04 every neighbouring region was, the actor's own country's
  // too: at L those are most of them, 4,500–44,000 actors walked and tested for a sector per request.
  reduce(acc = [], r IN fRegions | acc + [(r)-[:BORDERS]-(b {level: 'region'})
    WHERE NOT b IN fPlaces AND NOT EXISTS { (b)-[:PART_OF*1..10]->(k {level: 'country'}) WHERE k IN fPlaces } | b]) AS fNear,
  reduce(acc = [], s IN fSectors | acc + [(s)-[:SUBSECTOR_OF]-(n) WHERE NOT n IN fSectors | n]) AS fNeighbourSectors
// The partners' partners, ranked by Adamic–Adar before the other sources are read (below).
CALL (f, partners, isPartner) {
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
    WITH y WHERE y.tieCount + y.hiddenTieCount <= $maxContext OR {{TIES(y)}} <= $maxContext
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
  RETURN collect({c: c, common: common, aa: aa}) AS ranked
}
// A floor under the bar (below), known before any other source is read: the $first-th best of the $reach best
// partners' partners scores at least its Adamic–Adar part and its experience (`leasts`), and those are candidates.
// Any other candidate scores at most the Adamic–Adar of the first partner's partner past $reach, every programme of
// the actor, the slack of places and sectors, and its experience with every tie it has ever had (stored, public
// and hidden): one whose stored ties are fewer than `minTies` cannot enter the top $first nor move the bar, and its
// rows are dropped where they are read. When more ties than the graph holds would be needed, a source is not read at
// all. The best partners' partners' own rows are never dropped where they carry evidence (programmes, public ties:
// `isTop`). Off with a sector or country filter (as the bar), a negative weight, or $first above $reach.
CALL (ranked) {
  UNWIND ranked[..toInteger($reach)] AS x
  WITH x.c AS c, x.aa AS aa, $activeSources.ties[elementId(x.c)] AS publicTies
  WITH $weights.commonPartner * aa + $weights.experience * log(1.0 + {{TIES(c, publicTies)}}) AS least
  ORDER BY least DESC
  RETURN collect(least) AS leasts
}
// What places and sectors can add to a score at most (weights below 0 add nothing): the slack of the bar, below.
WITH f, partners, isPartner, fPlaces, fRegions, fNear, fBordering, fSectors, fNeighbourSectors, fProgrammes, ranked,
  leasts, ranked[..toInteger($reach)] AS tops, COUNT { ()-->() } AS relationships,
  apoc.coll.max([0.0, $weights.sharedSector]) * size(fSectors)
  + apoc.coll.max([0.0, $weights.complementarySector]) * size(fNeighbourSectors)
  + apoc.coll.max([0.0, $weights.sameRegion, $weights.sameCountry, $weights.crossBorder]) AS slack
WITH f, partners, isPartner, fPlaces, fRegions, fNear, fBordering, fSectors, fNeighbourSectors, fProgrammes, ranked,
  tops, relationships, slack,
  CASE WHEN $narrow.sectors IS NULL AND $narrow.countries IS NULL AND $weights.commonPartner >= 0
    AND $weights.experience >= 0 AND $weights.sharedProgramme >= 0 AND $first > 0 AND size(leasts) >= $first
    THEN leasts[toInteger($first) - 1] - 1e-6
      - $weights.commonPartner * CASE WHEN size(ranked) > $reach THEN ranked[toInteger($reach)].aa ELSE 0.0 END
      - $weights.sharedProgramme * size(fProgrammes) - slack
  END AS need
WITH f, partners, isPartner, fPlaces, fRegions, fNear, fBordering, fSectors, fNeighbourSectors, fProgrammes, ranked,
  relationships, slack, CASE WHEN need IS NULL OR need <= 0 THEN 0.0 WHEN $weights.experience = 0 THEN 1e300
    ELSE exp(need / $weights.experience) - 1.0 END AS minTies,
  apoc.map.fromLists([x IN tops | elementId(x.c)], [x IN tops | true]) AS isTop
// One row per (candidate, source), aggregated by candidate inside the subquery so that the lists
// above are not grouping keys; the actor's partners are dropped after it (isPartner).
CALL (f, partners, isPartner, fPlaces, fRegions, fNear, fBordering, fSectors, fProgrammes, ranked, relationships, minTies, isTop,
  slack) {
  CALL (f, partners, isPartner, fPlaces, fRegions, fNear, fBordering, fSectors, fProgrammes, ranked, relationships, minTies, isTop) {
    UNWIND range(0, size(ranked) - 1) AS i
    WITH ranked[i] AS x, ranked[i].c AS t, i
    WHERE i < $reach OR minTies <= 0 OR coalesce({{MOST_TIES(t)}}, relationships) >= minTies
    RETURN x.c AS c, x.common AS common, null AS programme, CASE WHEN i < $reach THEN 1 ELSE 0 END AS source,
      null AS publicTies
    UNION ALL
    UNWIND CASE WHEN minTies > relationships THEN [] ELSE fRegions END AS r
    MATCH (r)<-[:PART_OF*0..3]-()<-[:LOCATED_IN]-(c)
    WHERE minTies <= 0 OR coalesce({{MOST_TIES(c)}}, relationships) >= minTies
    RETURN c, null AS common, null AS programme, 1 AS source, null AS publicTies
    UNION ALL
    UNWIND CASE WHEN minTies > relationships THEN [] ELSE fNear END AS b
    MATCH (b)<-[:PART_OF*0..3]-()<-[:LOCATED_IN]-(c)
    // The sector is tested only for those the floor keeps (a CASE: the planner ran the test first otherwise).
    WHERE CASE WHEN minTies <= 0 OR coalesce({{MOST_TIES(c)}}, relationships) >= minTies
      THEN EXISTS { (c)-[:FOCUSES_ON]->(s) WHERE s IN fSectors } ELSE false END
    RETURN c, null AS common, null AS programme, 1 AS source, null AS publicTies
    UNION ALL
    // The most-tied actors of its country and of each neighbouring country, in the window: ranked before this
    // statement (cypher/matches/active-ranks, kept for the same state of the graph by
    // src/modules/matches/active-sources.ts), with their public ties in the window.
    // By element id, which needs no index: planned while an index was still being built (a store just loaded), a
    // lookup by id became a scan of every entity per id (2.9 M db hits for 399 ids on the evaluation's store).
    // A kept element id cannot outlive its node: a delete raises the graph's version.
    UNWIND CASE WHEN minTies > relationships THEN [eid IN $activeSources.ids WHERE isTop[eid]] ELSE $activeSources.ids END AS eid
    MATCH (c:Entity) WHERE elementId(c) = eid AND (minTies <= 0 OR isTop[eid] OR coalesce({{MOST_TIES(c)}}, relationships) >= minTies)
    RETURN c, null AS common, null AS programme, 1 AS source, $activeSources.ties[eid] AS publicTies
    UNION ALL
    UNWIND fProgrammes AS g
    MATCH (g)<-[:FUNDED_BY]-()<-[h8:PARTICIPATES_IN WHERE {{IN_WINDOW(h8)}} AND {{VISIBLE(h8)}}]-(c)
    WHERE minTies <= 0 OR isTop[elementId(c)] OR (minTies <= relationships AND coalesce({{MOST_TIES(c)}}, relationships) >= minTies)
    RETURN c, null AS common, g AS programme, 0 AS source, null AS publicTies
  }
  // Only the partners' partners' branch gives common partners, one row per candidate; only the country sources
  // give public ties, already counted in the window.
  WITH c, coalesce(head(collect(common)), []) AS common, collect(DISTINCT programme) AS sharedProgrammes, max(source) AS maxSource,
    max(publicTies) AS publicTies
  WHERE maxSource = 1 AND isPartner[elementId(c)] IS NULL AND c <> f AND c.kind IN $narrow.kinds
  // What a candidate's score is known to be before its places and sectors are read (`known`), and at most what
  // those can add (`slack`; weights below 0 add nothing): a candidate whose known + slack stays below the
  // $first-th best known cannot enter the top $first, so it is not read further. With a filter, every one is
  // (the bar's candidates might be filtered out). On M with the country sources, about 1,300 candidates → a few
  // hundred; same answers (docs/performance.md).
  WITH c, common, sharedProgrammes, {{TIES(c, publicTies)}} AS ties
  WITH c, common, sharedProgrammes, ties,
    $weights.commonPartner * reduce(s = 0.0, z IN common | s + 1.0 / log(1.0 + CASE WHEN z.degree < 1 THEN 1 ELSE z.degree END))
    + $weights.experience * log(1.0 + ties) + $weights.sharedProgramme * size(sharedProgrammes) AS known
  WITH collect({c: c, common: common, sharedProgrammes: sharedProgrammes, ties: ties, known: known}) AS found
  WITH found, apoc.coll.sort([x IN found | x.known]) AS knowns
  WITH found, CASE WHEN $narrow.sectors IS NULL AND $narrow.countries IS NULL AND size(knowns) >= $first
    THEN knowns[size(knowns) - toInteger($first)] END AS bar
  RETURN [x IN found WHERE bar IS NULL OR x.known + slack + 1e-9 >= bar] AS kept
}
// From here on lists, not rows: every row would carry the candidates' list, and a Top over rows counted it once
// per row against the transaction's memory (over 512 MiB at first = 400 on M).
WITH fPlaces, fBordering, fSectors, fNeighbourSectors, [x IN kept
  WHERE $narrow.sectors IS NULL OR EXISTS { WITH x.c AS c MATCH (c)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..3]->(s:Sector) WHERE s.id IN $narrow.sectors }
  | x {.*, cPlaces: COLLECT { WITH x.c AS c MATCH (c)-[:LOCATED_IN]->()-[:PART_OF*0..10]->(r) RETURN r },
    cSectors: COLLECT { WITH x.c AS c MATCH (c)-[:FOCUSES_ON]->(s) RETURN s }}] AS kept
WITH fPlaces, fBordering, fSectors, fNeighbourSectors, [x IN kept
  WHERE $narrow.countries IS NULL OR any(r IN x.cPlaces WHERE r.level = 'country' AND (r.countryCode IN $narrow.countries OR r.id IN $narrow.countries))
  | x {.c, .common, .sharedProgrammes, .ties, id: x.c.id,
    sharedSectors: [s IN x.cSectors WHERE s IN fSectors | s.id],
    complementarySectors: [s IN x.cSectors WHERE s IN fNeighbourSectors | s.id],
    sameRegion: [r IN x.cPlaces WHERE r.level = 'region' AND r IN fPlaces | r.id][0],
    sameCountry: [r IN x.cPlaces WHERE r.level = 'country' AND r IN fPlaces | r.id][0],
    crossBorder: NOT any(r IN x.cPlaces WHERE r.level = 'country' AND r IN fPlaces) AND any(r IN x.cPlaces WHERE r IN fBordering)}] AS kept
WITH [x IN kept | x {.*, score:
  $weights.commonPartner * reduce(s = 0.0, z IN x.common | s + 1.0 / log(1.0 + CASE WHEN z.degree < 1 THEN 1 ELSE z.degree END))
  + $weights.sharedSector * size(x.sharedSectors) + $weights.complementarySector * size(x.complementarySectors)
  + CASE WHEN x.sameRegion IS NULL THEN 0.0 ELSE $weights.sameRegion END
  + CASE WHEN x.sameRegion IS NULL AND x.sameCountry IS NOT NULL THEN $weights.sameCountry ELSE 0.0 END
  + $weights.experience * log(1.0 + x.ties)
  + CASE WHEN x.crossBorder THEN $weights.crossBorder ELSE 0.0 END
  + $weights.sharedProgramme * size(x.sharedProgrammes)}] AS scored
// Best first, ties by id (apoc.coll.sortMulti: descending, '^' ascending), the first $first.
UNWIND apoc.coll.sortMulti(scored, ['score', '^id'], CASE WHEN size(scored) < $first THEN size(scored) ELSE toInteger($first) END) AS x
RETURN properties(x.c) AS candidate, x.score AS score, x.common AS common, x.sharedSectors AS sharedSectors,
  x.complementarySectors AS complementarySectors, x.sameRegion AS sameRegion, x.sameCountry AS sameCountry,
  x.crossBorder AS crossBorder, [g IN x.sharedProgrammes | g.id] AS sharedProgrammes, x.ties AS ties
