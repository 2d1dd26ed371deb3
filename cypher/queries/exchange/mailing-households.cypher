// The contacts of a filter that have a postal address, with the household of the address a mailing
// goes to (MAILING, else HOME, else the first), ordered so that a household's members are adjacent.
// @include contact/_matching
WITH c, head(COLLECT {
  MATCH (c)-[:HAS_ADDRESS]->(a:PostalAddress)
  RETURN a.householdKey AS key
  ORDER BY CASE a.type WHEN 'MAILING' THEN 0 WHEN 'HOME' THEN 1 ELSE 2 END, a.position
}) AS household
WHERE household IS NOT NULL
RETURN c.id AS id, household
ORDER BY household, c.id
