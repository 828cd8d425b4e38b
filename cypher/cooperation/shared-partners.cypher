// Entities that cooperate with every one of the given actors, strongest ties first, with the evidence
// per actor. Cooperation: a direct cooperation relationship, or a common context one hop away (a
// project, alliance, event, cluster… both are tied to). A context's weight falls with its size,
// Adamic–Adar style: a three-partner project says more than a 500-guest congress.
// Two passes, because building evidence is what costs: first only the tie strengths of every
// entity within two hops of each actor (sums, no lists), which finds and ranks the shared partners;
// then the evidence, for the $first partners returned only.
// Only ties overlapping [windowFrom, windowTo] count, context sizes included: the network as it
// stood then (both null: all of history).
// Params: narrow {ids (2–10 actor ids), kinds (partner kinds)} (one map, so that one plan serves any number of
//   each: src/modules/matches/matches.repository.ts says why), first, evidence (items kept per actor),
//   windowFrom, windowTo (Dates or null), scope. Only ties the viewer may see count, in strengths, context
//   sizes and evidence alike ($scope, docs/access.md): a hidden tie moves no number.
// Returns: partner (properties), total (strength), perActor (list of {actor (properties), strength,
//   evidenceCount, evidence: list of {via (properties or null), kinds, role, weight}}).
UNWIND $narrow.ids AS actorId
MATCH (a:Entity {id: actorId})
CALL (a) {
  MATCH (a)-[t:{{COOPERATION}} WHERE {{IN_WINDOW(t)}} AND {{VISIBLE(t)}}]-(p)
  RETURN p, 1.0 AS weight
  UNION ALL
  MATCH (a)-[t1:{{COOPERATION}} WHERE {{IN_WINDOW(t1)}} AND {{VISIBLE(t1)}}]-(c)
  // The context's size once per context, not once per partner reached through it.
  WITH a, c, 1.0 / log(1.0 + {{TIES(c)}}) AS weight
  MATCH (c)-[t3:{{COOPERATION}} WHERE {{IN_WINDOW(t3)}} AND {{VISIBLE(t3)}}]-(p)
  WHERE p <> a
  RETURN p, weight
}
WITH a, p, sum(weight) AS strength
WITH p, count(a) AS actors, sum(strength) AS total
WHERE actors = size($narrow.ids) AND NOT p.id IN $narrow.ids AND p.kind IN $narrow.kinds
ORDER BY total DESC, p.id
LIMIT toInteger($first)
CALL (p) {
  UNWIND $narrow.ids AS actorId
  MATCH (a:Entity {id: actorId})
  CALL (a, p) {
    MATCH (a)-[r:{{COOPERATION}} WHERE {{IN_WINDOW(r)}} AND {{VISIBLE(r)}}]-(p)
    RETURN null AS c, r AS r1, null AS r2, 1.0 AS weight
    UNION ALL
    // From the actor's side (tens of ties), then each context's tie to p checked between two known nodes: as one
    // pattern the planner started at p, a hub of thousands of ties (on M 3× the time; docs/performance.md).
    MATCH (a)-[r1:{{COOPERATION}} WHERE {{IN_WINDOW(r1)}} AND {{VISIBLE(r1)}}]-(c)
    WHERE c <> a AND c <> p
    CALL (c, p, r1) {
      MATCH (c)-[r2:{{COOPERATION}} WHERE {{IN_WINDOW(r2)}} AND {{VISIBLE(r2)}}]-(p)
      WHERE r2 <> r1
      RETURN r2
    }
    RETURN c, r1, r2, 1.0 / log(1.0 + {{TIES(c)}}) AS weight
  }
  WITH a, c, r1, r2, weight
  // The ties' types break ties: a partner that both founded and joined a project gives two items of one weight.
  ORDER BY weight DESC, c.id, type(r1), type(r2)
  WITH a, collect({c: c, r1: r1, r2: r2, weight: weight}) AS found, sum(weight) AS strength
  RETURN collect({actor: properties(a), strength: strength, evidenceCount: size(found), evidence: [e IN found[..toInteger($evidence)] | {
    via: CASE WHEN e.c IS NULL THEN null ELSE properties(e.c) END,
    kinds: CASE WHEN e.c IS NULL THEN [type(e.r1)] ELSE [type(e.r1), type(e.r2)] END,
    role: e.r1.role,
    weight: e.weight
  }]}) AS perActor
}
RETURN properties(p) AS partner, total, perActor
