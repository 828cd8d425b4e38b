// The migrations already applied to this database, with the checksum of the file as applied.
// Returns: id, checksum.
MATCH (m:Migration)
RETURN m.id AS id, m.checksum AS checksum
