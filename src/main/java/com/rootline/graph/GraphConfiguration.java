package com.rootline.graph;

import java.net.URI;
import java.util.Set;

import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.NotificationClassification;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Condition;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Tells Spring Boot's Neo4j auto-configuration where the database is. Boot then builds the
 * driver, its pool and health indicator as usual, whichever database it is; the driver's
 * observations are detached from the requests that run its queries.
 */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

	/** Static: a post-processor is made before the beans it processes. */
	@Bean
	static BeanPostProcessor timedOutCommits() {
		return TimedOutCommits.wrapping();
	}

	@Bean(destroyMethod = "close")
	@Conditional(EmbeddedWanted.class)
	EmbeddedNeo4j embeddedNeo4j(GraphProperties properties) {
		return new EmbeddedNeo4j(properties.embedded().dataDir(), properties.embedded().boltPort(),
				properties.startupWait());
	}

	@Bean
	Neo4jConnectionDetails neo4jConnectionDetails(GraphProperties properties,
			ObjectProvider<EmbeddedNeo4j> embedded) {
		if (properties.external()) {
			URI uri = URI.create(properties.uri().trim());
			AuthToken auth = (properties.password() == null || properties.password().isEmpty()) ? AuthTokens.none()
					: AuthTokens.basic(properties.username(), properties.password());
			return new FixedConnection(uri, auth);
		}
		return new FixedConnection(embedded.getObject().boltUri(), AuthTokens.none());
	}

	/**
	 * No UNRECOGNIZED notifications (a label, type or property not in the database yet, such as
	 * groups before the first group): the service reads optional parts of the graph on purpose.
	 * Spring Data Neo4j formatted each one with regular expressions, about 4% of a request's CPU in a
	 * profile of the load benchmark, only for the log level to drop it.
	 */
	@Bean
	ConfigBuilderCustomizer noUnrecognizedNotifications() {
		return builder -> builder
			.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

	/**
	 * The driver's observations, as Spring Boot configures them, but detached from the request that
	 * runs the query (see {@link DetachedObservationRegistry}); applied after Boot's customizer, so
	 * it replaces Boot's observation provider.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ConfigBuilderCustomizer detachedDriverObservations(ObjectProvider<ObservationRegistry> registry) {
		return builder -> registry.ifAvailable(handlers -> builder.withObservationProvider(
				MicrometerObservationProvider.builder(new DetachedObservationRegistry(handlers)).build()));
	}

	/** Runs the migrations before anything else uses the graph; beans that need the schema depend on this. */
	@Bean
	MigrationState migrationState(org.neo4j.driver.Driver driver, GraphProperties properties) {
		DatabaseWait.until(driver, properties.startupWait());
		return new MigrationRunner(driver, properties.migrations()).migrate();
	}

	private record FixedConnection(URI uri, AuthToken auth) implements Neo4jConnectionDetails {

		@Override
		public URI getUri() {
			return uri;
		}

		@Override
		public AuthToken getAuthToken() {
			return auth;
		}

	}

	static final class EmbeddedWanted implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String uri = context.getEnvironment().getProperty("rootline.neo4j.uri", "");
			return uri.isBlank();
		}

	}

}
