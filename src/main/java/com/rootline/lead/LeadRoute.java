package com.rootline.lead;

import java.util.List;
import java.util.Map;

/** How an outlet's leads are assigned; {@code outletId} null is the default rule. */
record LeadRoute(String id, String outletId, List<String> agentIds, int callWithinMinutes, String welcomeTemplateId,
		String notificationTemplateId) {

	static final String DEFAULT_KEY = "*";

	static final String WELCOME = "lead-welcome";

	static final String NOTIFICATION = "lead-notification";

	@SuppressWarnings("unchecked")
	static LeadRoute of(Map<String, Object> m) {
		return new LeadRoute((String) m.get("id"), (String) m.get("outletId"), List.copyOf((List<String>) m.get("agentIds")),
				((Long) m.get("callWithinMinutes")).intValue(), (String) m.get("welcomeTemplateId"),
				(String) m.get("notificationTemplateId"));
	}

}
