// The contacts with these ids, their own properties only: for pages that show no phones,
// e-mails, addresses, groups or tags, which would cost five more reads per contact.
UNWIND $ids AS id
MATCH (c:Contact {id: id})
RETURN c {.*} AS contact
