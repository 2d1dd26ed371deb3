// The newest referral anywhere below each contact (up to 20 levels) and whom it brought.
UNWIND $ids AS id
MATCH (c:Contact {id: id})
CALL (c) {
  MATCH (c) (()<-[r:REFERRED_BY]-()){1,20} (x:Contact)
  WITH x, last(r) AS via
  ORDER BY via.referredOn DESC, x.id
  LIMIT 1
  RETURN via.referredOn AS referredOn, trim(coalesce(x.firstName, '') + ' ' + coalesce(x.lastName, '')) AS name
}
RETURN c.id AS id, referredOn, name
