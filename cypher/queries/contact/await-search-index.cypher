// Returns once the eventually consistent search index (migration V016) holds every write committed
// before the call.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
