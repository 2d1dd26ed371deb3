// Records the zone every day and week counter was just counted in. The node survives the tests'
// wipes (seeded): wiping every deal and contact with the counters leaves them true for the empty store.
MERGE (s:FactsState {id: 'day-counters'})
SET s.zone = $zone, s.countedAt = datetime(), s.seeded = true
