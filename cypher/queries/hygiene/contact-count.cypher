// How many contacts a scan examines, from the count store.
MATCH (c:Contact)
RETURN count(c) AS total
