// Fragment, not a condition of its own: whether tie r of entity e is one that read k asks for and the viewer may
// see (its types, direction, window; $scope), written as {{INCLUDE(fragments/relation-tie)}} after a WHERE in
// fragments/relation-page (three places: the walk, the page, the count).
(k.types IS NULL OR type(r) IN k.types)
AND (k.dir = 'BOTH' OR (k.dir = 'OUTGOING') = (startNode(r) = e))
AND (k.windowTo IS NULL OR (coalesce(r.validFrom <= k.windowTo, true) AND coalesce(r.validTo >= k.windowFrom, true)))
AND {{VISIBLE(r)}}
