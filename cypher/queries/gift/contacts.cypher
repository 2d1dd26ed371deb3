// Every contact as a gift plan sees it, as of a date. Read once per plan that is not for today.
MATCH (c:Contact)
WITH c, COLLECT { MATCH (c)-[:HAS_ADDRESS]->(a:PostalAddress) WHERE a.type = 'HOME' RETURN a.householdKey } AS homes,
     null AS facts
// @include gift/_member
