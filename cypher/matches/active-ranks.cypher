// The country sources of matches (cypher/matches/candidates): the $active most-tied actors of the actor's
// country and the $activeAbroad most-tied of each neighbouring country, of $narrow.kinds, ranked by their public
// cooperation ties in the window (whoever the viewer is, so that no hidden tie moves an actor into anyone's pool;
// actors with none are not ranked; ties by id; the country is the one stored on the actor,
// cypher/list/store-countries). New partners come to active actors, mostly near home: measured on the generated S
// network as of 2017-01-01 (docs/matching.md), without them the pool held 16 % of the partners first met in the
// next three years, and a quarter of those partners lay in a neighbouring country.
// A statement of its own, before the candidates' (in the same read transaction), so that a ranking can be kept and
// used again (src/modules/matches/active-sources.ts): it depends on the country, the window and the kinds, not on
// the actor, and as of a day it costs more than the rest of the request. `token` names the state of the graph it
// was computed on (the GraphVersion node, src/db/graph-version.ts; null: none, nothing may be kept); a ranking the
// caller already holds for this token is not computed again.
// Exact without ranking the whole country: no actor has more public ties in a window than in all of history (its
// stored tieCount, which the index keeps in order). A floor comes first: the n-th best count in the window among
// the 2n most-tied of all history. Only the actors whose tieCount reaches the floor can be among the n best; those
// are counted in the window and ranked. Timeless the count is the tieCount, and the floor reads n entries
// (Germany on M: 9,037 actors; as of 2022-01-01, 988 counted, where all were).
// Params: id, narrow {kinds, …}, active, activeAbroad (0: no such source), windowFrom, windowTo (Dates or null),
//   known (map "<country id>:<n>" → the token of a ranking the caller holds).
// Returns one row per country: country (id), n, token, ranked (list of [element id, public ties in the window],
//   best first; null when the caller holds it for this token).
MATCH (f:Entity {id: $id})
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH f, v.epoch + ':' + toString(v.n) AS token, [(f)-[:LOCATED_IN]->()-[:PART_OF*0..10]->(r) | r] AS fPlaces
WITH f, token, fPlaces, reduce(acc = [], r IN fPlaces | acc + [(r)-[:BORDERS]-(b) WHERE NOT b IN fPlaces | b]) AS fBordering
UNWIND [r IN fPlaces WHERE r.level = 'country' | [r, true]] + [b IN fBordering WHERE b.level = 'country' | [b, false]] AS kh
// DISTINCT: two of its regions may border one country.
WITH DISTINCT token, kh[0] AS k, kh[1] AS home
WITH token, k, home, toInteger(CASE WHEN home THEN $active ELSE $activeAbroad END) AS n
WHERE n > 0
WITH token, k, home, n, coalesce($known[k.id + ':' + toString(n)] = token, false) AS held
CALL (k, home, n, held) {
  WITH k, home, n WHERE NOT held
  CALL (k, home, n) {
    UNWIND $narrow.kinds AS kind
    // The 2n most-tied of each kind (a LIMIT takes parameters, not variables: one branch per n).
    CALL (k, home, kind) {
      WITH k, kind WHERE home
      MATCH (c:Entity) USING INDEX SEEK c:Entity(kind, countryId, tieCount)
      WHERE c.kind = kind AND c.countryId = k.id AND c.tieCount > 0
      // All three keys, so that the index gives the order and the seek stops at the limit (a Top read all).
      WITH c ORDER BY c.kind DESC, c.countryId DESC, c.tieCount DESC
      LIMIT toInteger(2 * $active)
      RETURN c
      UNION ALL
      WITH k, kind WHERE NOT home
      MATCH (c:Entity) USING INDEX SEEK c:Entity(kind, countryId, tieCount)
      WHERE c.kind = kind AND c.countryId = k.id AND c.tieCount > 0
      WITH c ORDER BY c.kind DESC, c.countryId DESC, c.tieCount DESC
      LIMIT toInteger(2 * $activeAbroad)
      RETURN c
    }
    WITH n, c ORDER BY c.tieCount DESC
    WITH n, collect(c)[..(2 * n)] AS seeds
    UNWIND seeds AS c
    WITH n, c, {{PUBLIC_TIES(c)}} AS w ORDER BY w DESC
    WITH n, collect(elementId(c)) AS ids, collect(w) AS ws
    // The seeds' counts, by element id: most seeds reach the floor and are not counted twice.
    RETURN CASE WHEN size(ws) >= n AND ws[n - 1] > 0 THEN ws[n - 1] ELSE 1 END AS floor,
      apoc.map.fromLists(ids, ws) AS counted
  }
  UNWIND $narrow.kinds AS kind
  MATCH (c:Entity) USING INDEX SEEK c:Entity(kind, countryId, tieCount)
  WHERE c.kind = kind AND c.countryId = k.id AND c.tieCount >= floor
  WITH floor, c, counted[elementId(c)] AS seen
  WITH floor, c, CASE WHEN seen IS NULL THEN {{PUBLIC_TIES(c)}} ELSE seen END AS degree
  WHERE degree >= floor
  ORDER BY degree DESC, c.id
  // No grouping key: one row, an empty list when nothing is ranked (or the ranking is held).
  RETURN collect([elementId(c), degree]) AS ranked
}
RETURN k.id AS country, n, token, CASE WHEN held THEN null ELSE ranked[..n] END AS ranked
