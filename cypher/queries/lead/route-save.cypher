// One rule per outlet (routeKey '*' is the default); saving again replaces it and restarts the turn.
MERGE (r:LeadRoute {routeKey: $routeKey})
ON CREATE SET r.id = randomUUID()
SET r.outletId = $outletId, r.agentIds = $agentIds, r.callWithinMinutes = $callWithinMinutes,
    r.welcomeTemplateId = $welcomeTemplateId, r.notificationTemplateId = $notificationTemplateId, r.nextIndex = 0,
    r.updatedAt = datetime()
RETURN r {.*} AS route
