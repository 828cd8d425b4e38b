// When ties hold (docs/model.md, "When a tie holds"): every cooperation tie carries validFrom / validTo
// (Dates, absent = unbounded), derived from its own dates or its context's. Community edition indexes
// relationship properties per type only, so one range index per cooperation type and end: they serve
// the whole-graph date filters (`changes` seeks ties begun or ended in a window).
// After these statements src/db/migrate.ts derives the intervals of the data already stored
// (cypher/time/derive-intervals, batch by batch): a data step a statement file cannot express.
CREATE INDEX member_of_valid_from IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.validFrom);
CREATE INDEX member_of_valid_to IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.validTo);
CREATE INDEX founded_valid_from IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.validFrom);
CREATE INDEX founded_valid_to IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.validTo);
CREATE INDEX participates_in_valid_from IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.validFrom);
CREATE INDEX participates_in_valid_to IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.validTo);
CREATE INDEX partner_of_valid_from IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.validFrom);
CREATE INDEX partner_of_valid_to IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.validTo);
CREATE INDEX organised_valid_from IF NOT EXISTS FOR ()-[r:ORGANISED]-() ON (r.validFrom);
CREATE INDEX organised_valid_to IF NOT EXISTS FOR ()-[r:ORGANISED]-() ON (r.validTo);
CREATE INDEX hosted_valid_from IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.validFrom);
CREATE INDEX hosted_valid_to IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.validTo);
CREATE INDEX attended_valid_from IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.validFrom);
CREATE INDEX attended_valid_to IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.validTo);
CREATE INDEX unit_of_valid_from IF NOT EXISTS FOR ()-[r:UNIT_OF]-() ON (r.validFrom);
CREATE INDEX unit_of_valid_to IF NOT EXISTS FOR ()-[r:UNIT_OF]-() ON (r.validTo);
CREATE INDEX event_of_valid_from IF NOT EXISTS FOR ()-[r:EVENT_OF]-() ON (r.validFrom);
CREATE INDEX event_of_valid_to IF NOT EXISTS FOR ()-[r:EVENT_OF]-() ON (r.validTo);
// Entities that existed on a day (lists' asOf).
CREATE INDEX entity_valid_from IF NOT EXISTS FOR (e:Entity) ON (e.validFrom);
