// Which end a path search should start from: true for `from`, the end whose neighbours hold at least
// as many ties as the other's (their degrees over the types {{types}}, from the count store).
// SHORTEST's time on L depended on the side it started from, up to 118-fold for the same walks
// (8 s against 68 ms). Where one end's neighbours hold 10,000 ties or more, starting there was the
// faster side in every pair measured; between two quiet ends the choice matters less (every search
// under 0.6 s either way). Over 120 random pairs the slowest search fell from 14 s to 0.55 s
// (docs/performance.md, issue 20).
// A missing end: true (the search then finds no endpoint, as asked).
// Params: from, to. Literals: types. Returns one row: forward.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
RETURN a IS NULL OR b IS NULL OR
  reduce(s = 0, d IN [(a)-[:{{types}}]-(x) | COUNT { (x)-[:{{types}}]-() }] | s + d) >=
  reduce(s = 0, d IN [(b)-[:{{types}}]-(x) | COUNT { (x)-[:{{types}}]-() }] | s + d) AS forward
