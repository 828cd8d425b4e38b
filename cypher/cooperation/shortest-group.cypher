// Every cooperation walk of the least length between two entities (at most {{cap}} of them) over the relationship
// types {{types}}, avoiding excluded entities. Each one is a simple path: a walk that met an entity twice could
// leave out the loop between and be shorter. cooperationPaths asks this first; when it gives at least as many as
// were asked for, they are the answer (the first by src/modules/cooperation/cooperation.repository's path key);
// only when there are fewer does cooperation/shortest-paths look for the longer ones. ALL SHORTEST ends its search
// at the least length, where SHORTEST k goes on until it has k walks: between two actors of L with three common
// partners, 6 ms against 460 ms for SHORTEST 12 (docs/performance.md, "Paths: the least length first…", session 31).
// The same conditions, parameters and rows as cooperation/shortest-paths. Literals: cap, maxHops, types.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL MATCH p = ALL SHORTEST (a) (()-[r:{{types}} WHERE {{IN_WINDOW(r)}} AND {{VISIBLE(r)}}]-(x WHERE NOT x.id IN $excluding)){1,{{maxHops}}} (b)
WITH p LIMIT {{cap}}
RETURN [n IN nodes(p) | properties(n)] AS nodes,
  [r IN relationships(p) | {kind: type(r), start: startNode(r).id, props: properties(r)}] AS rels,
  length(p) AS length
