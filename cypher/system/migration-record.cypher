// Records that migration $id (file checksum $checksum) has been applied.
MERGE (m:Migration {id: $id})
SET m.checksum = $checksum, m.appliedAt = datetime()
