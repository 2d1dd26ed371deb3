package com.rootline.lead;

import java.util.List;

/** How an outlet's leads are assigned; {@code outletId} null is the default rule. */
record LeadRoute(String id, String outletId, List<String> agentIds, int callWithinMinutes, String welcomeTemplateId,
		String notificationTemplateId) {

	static final String DEFAULT_KEY = "*";

	static final String WELCOME = "lead-welcome";

	static final String NOTIFICATION = "lead-notification";

	/** A statement's row with a route node's properties in its {@code route} column. */
	record Row(LeadRoute route) {
	}

}
