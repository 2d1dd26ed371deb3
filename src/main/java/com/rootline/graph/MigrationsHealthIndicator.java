package com.rootline.graph;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Reports the schema version on {@code /actuator/health}; start-up fails before this if a migration did. */
@Component("migrations")
class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private final MigrationState state;

	MigrationsHealthIndicator(MigrationState state) {
		this.state = state;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.up()
			.withDetail("edition", state.edition())
			.withDetail("version", state.currentVersion())
			.withDetail("migrations", state.versions().size());
	}

}
