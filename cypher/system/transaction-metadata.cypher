// The metadata of the transaction this runs in: what SHOW TRANSACTIONS lists as metaData and
// Neo4j's query log records (the API sets {requestId, operation} on every transaction).
// Returns: metadata (a map).
CALL tx.getMetaData() YIELD metadata
RETURN metadata
