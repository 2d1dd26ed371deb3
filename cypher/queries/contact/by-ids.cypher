// The contacts with these ids, with everything that hangs off them, in one round trip.
UNWIND $ids AS id
MATCH (c:Contact {id: id})
// @include contact/_return-record
