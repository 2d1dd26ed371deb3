MATCH (s:LeadSite)
RETURN s {.*} AS site
ORDER BY s.name, s.id
