MATCH (r:LeadRoute)
RETURN r {.*} AS route
ORDER BY r.routeKey
