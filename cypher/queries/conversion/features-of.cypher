// The features of chosen contacts as of a day, for scoring them (see features.cypher), read by id.
MATCH (c:Contact)
WHERE c.id IN $ids AND NOT c:Erased
// @include conversion/_features
