// Entities that cooperate with every one of the given actors, with the evidence per actor.
// Cooperation: a direct cooperation relationship, or a common context one hop away (a project,
// alliance, event, cluster… both are tied to). A context's weight falls with its size, Adamic–Adar
// style: a three-partner project says more than a 500-guest congress.
// Params: ids (2–10 actor ids), types (cooperation relationship types), kinds (partner kinds), first.
// Returns: partner (properties), total (strength), perActor (list of {actor, strength, evidence}).
UNWIND $ids AS actorId
MATCH (a:Entity {id: actorId})
CALL (a) {
  MATCH (a)-[r]-(p:Entity)
  WHERE type(r) IN $types
  RETURN p, null AS via, [type(r)] AS kinds, [startNode(r) = a] AS outgoing, r.role AS role, 1.0 AS weight
  UNION
  MATCH (a)-[r1]-(c:Entity)-[r2]-(p:Entity)
  WHERE type(r1) IN $types AND type(r2) IN $types AND p <> a
  WITH a, p, c, r1, r2, COUNT { (c)-[r3]-(:Entity) WHERE type(r3) IN $types } AS size
  RETURN p, properties(c) AS via, [type(r1), type(r2)] AS kinds, [startNode(r1) = a, startNode(r2) = c] AS outgoing,
    r1.role AS role, 1.0 / log(1.0 + size) AS weight
}
WITH a, p, via, kinds, outgoing, role, weight
WHERE p.kind IN $kinds AND NOT p.id IN $ids
WITH a, p, collect({via: via, kinds: kinds, outgoing: outgoing, role: role, weight: weight}) AS evidence, sum(weight) AS strength
WITH p, collect({actor: a.id, strength: strength, evidence: evidence}) AS perActor, sum(strength) AS total
WHERE size(perActor) = size($ids)
RETURN properties(p) AS partner, total, perActor
ORDER BY total DESC, p.id
LIMIT toInteger($first)
