// The zone the day and week counters (DealDay, BookCount) were counted in (null before they ever
// were), and whether there is anything to count.
OPTIONAL MATCH (s:FactsState {id: 'day-counters'})
RETURN s.zone AS zone, EXISTS { MATCH (:Deal) } OR EXISTS { MATCH (:Contact) } AS anyCounted
