// How many candidate pairs there are, from the count store.
MATCH ()-[d:DUPLICATE_CANDIDATE]->()
RETURN count(d) AS total
