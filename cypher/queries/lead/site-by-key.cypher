MATCH (s:LeadSite {publicKey: $key})
RETURN s {.*} AS site
