// An entity's cooperation year by year (docs/api.md, "Time"), in one round trip:
//   newPartners: clusters, organisations, regions and alliances tied to it directly or through a
//     common project or event, in the year their first such tie began (the later start of the two
//     ties of a route, which must overlap); a partner with an undated route has always been one and is
//     new in no year;
//   activeProjects: projects it participates in whose participation overlaps the year (undated: every year);
//   events: events it organised, hosted or attended that year.
// The years run from the first to the last year any of these starts or ends.
// Only ties the viewer may see count ($scope, docs/access.md).
// Params: id, scope. Returns: entity (properties; no row when there is no such entity), years (list of
//   {year, newPartners, activeProjects, events: property maps; the service orders them by id}).
MATCH (e:Entity {id: $id})
CALL (e) {
  CALL (e) {
    MATCH (e)-[r:{{COOPERATION}}]-(p)
    WHERE {{VISIBLE(r)}} AND p.kind IN ['Cluster', 'Organisation', 'Region', 'Alliance'] AND p <> e
    RETURN p, r.validFrom AS start
    UNION ALL
    MATCH (e)-[r1:{{COOPERATION}}]-(c)-[r2:{{COOPERATION}}]-(p)
    WHERE {{VISIBLE(r1)}} AND {{VISIBLE(r2)}} AND c.kind IN ['Project', 'Event'] AND p <> e AND p.kind IN ['Cluster', 'Organisation', 'Region', 'Alliance']
    WITH p, r1, r2, CASE WHEN r1.validFrom IS NULL OR r1.validFrom < r2.validFrom THEN r2.validFrom ELSE r1.validFrom END AS start
    WHERE start IS NULL OR (coalesce(r1.validTo >= start, true) AND coalesce(r2.validTo >= start, true))
    RETURN p, start
  }
  WITH p, min(start) AS first, count(*) > count(start) AS undated
  WHERE NOT undated
  RETURN collect({year: first.year, p: p}) AS partners
}
WITH e, partners,
  [(e)-[r:PARTICIPATES_IN]->(x:Project) WHERE {{VISIBLE(r)}} | {p: x, from: r.validFrom.year, to: r.validTo.year}] AS projects,
  [(e)-[r:ORGANISED|HOSTED|ATTENDED]->(x:Event) WHERE r.validFrom IS NOT NULL AND {{VISIBLE(r)}} | {year: r.validFrom.year, p: x}] AS events
WITH e, partners, projects, events,
  [y IN [x IN partners | x.year] + [x IN events | x.year] + [x IN projects | x.from] + [x IN projects | x.to] WHERE y IS NOT NULL] AS years
WITH e, partners, projects, events, reduce(lo = null, y IN years | CASE WHEN lo IS NULL OR y < lo THEN y ELSE lo END) AS lo,
  reduce(hi = null, y IN years | CASE WHEN hi IS NULL OR y > hi THEN y ELSE hi END) AS hi
RETURN properties(e) AS entity, CASE WHEN lo IS NULL THEN [] ELSE [y IN range(lo, hi) | {
  year: y,
  newPartners: [x IN partners WHERE x.year = y | properties(x.p)],
  activeProjects: [x IN projects WHERE coalesce(x.from <= y, true) AND coalesce(x.to >= y, true) | properties(x.p)],
  events: [x IN events WHERE x.year = y | properties(x.p)]
}] END AS years
