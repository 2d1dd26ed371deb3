// The zone the deal counters were counted in (null before they ever were), and whether any deal exists.
OPTIONAL MATCH (s:FactsState {id: 'deal-days'})
RETURN s.zone AS zone, EXISTS { MATCH (:Deal) } AS anyDeal
