// Records the zone every deal counter was just counted in. The node survives the tests' wipes
// (seeded): wiping every deal with its counters leaves counters true for the empty store.
MERGE (s:FactsState {id: 'deal-days'})
SET s.zone = $zone, s.countedAt = datetime(), s.seeded = true
