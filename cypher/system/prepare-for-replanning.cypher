// Resamples the indexes and clears the query caches, waiting for both (after a bulk of writes such as the
// demo load), so the first plans are made with the statistics of the data loaded. Params: none.
CALL db.prepareForReplanning()
