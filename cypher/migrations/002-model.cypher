// The partnership graph model: every entity carries the :Entity label and its kind's label.
// Ids are unique across all kinds.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
// Ordering and filtering.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_kind_name IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.name);
CREATE INDEX organisation_type IF NOT EXISTS FOR (o:Organisation) ON (o.orgType);
CREATE INDEX region_level IF NOT EXISTS FOR (r:Region) ON (r.level);
CREATE INDEX region_country_code IF NOT EXISTS FOR (r:Region) ON (r.countryCode);
CREATE INDEX project_start IF NOT EXISTS FOR (p:Project) ON (p.startDate);
CREATE INDEX event_start IF NOT EXISTS FOR (e:Event) ON (e.startDate);
CREATE INDEX entity_labels IF NOT EXISTS FOR (e:Entity) ON (e.labels);
// Search: names, aliases (a list) and descriptions, folded to ASCII so "Malopolska" finds "Małopolska".
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.description]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
