// A list of a country's entities by name seeks here (cypher/list/page-by-country): equality on kind and on
// the country stored on each entity (cypher/list/store-countries; this migration's data step fills it for
// the entities already there), range on sortName, rows in sortName order.
CREATE INDEX entity_kind_country_sort_name IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.countryId, e.sortName);
