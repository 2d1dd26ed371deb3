package com.rootline.graph;

import java.util.List;

/**
 * What start-up found and did: the database edition, every migration this build knows (all
 * applied once start-up has passed) and those applied by this very start.
 */
public record MigrationState(String edition, List<String> versions, List<String> appliedNow) {

	public String currentVersion() {
		return versions.isEmpty() ? "BASELINE" : versions.getLast();
	}

}
