// The indexes still being built (after a bulk load the migrations create them over every node),
// and how far each has got; a FAILED index is returned too, with its failure message.
// Returns: name, state, percent, failure.
SHOW INDEXES YIELD name, state, populationPercent, failureMessage
WHERE state <> 'ONLINE'
RETURN name, state, populationPercent AS percent, failureMessage AS failure
