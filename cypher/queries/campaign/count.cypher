MATCH (k:Campaign)
RETURN count(k) AS count
