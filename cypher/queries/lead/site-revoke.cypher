// Revoking twice keeps the first date.
MATCH (s:LeadSite {id: $id})
SET s.revokedAt = coalesce(s.revokedAt, datetime())
RETURN s {.*} AS site
