// How many entities the database holds (npm start seeds the demo data when there are none).
// Returns: count.
MATCH (e:Entity)
RETURN count(e) AS count
