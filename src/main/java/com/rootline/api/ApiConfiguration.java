package com.rootline.api;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import graphql.schema.FieldCoordinates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SchemaReport;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ApiConfiguration.class);

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(Scalars.DATE)
			.scalar(Scalars.DATE_TIME)
			.scalar(Scalars.PARTIAL_DATE)
			.scalar(Scalars.TIME)
			.scalar(Scalars.MONEY);
	}

	@Bean
	SchemaMappingReport schemaMappingReport() {
		return new SchemaMappingReport();
	}

	/**
	 * Keeps the start-up inspection's report for a test to assert on, and refuses to start when a
	 * schema field has no data fetcher and no Java property to come from.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer inspectSchema(SchemaMappingReport holder) {
		return builder -> builder.inspectSchemaMappings(report -> {
			holder.set(report);
			List<FieldCoordinates> unmapped = report.unmappedFields();
			if (!unmapped.isEmpty() || !report.unmappedRegistrations().isEmpty()
					|| !report.unmappedArguments().isEmpty()) {
				log.error("GraphQL schema mapping problems:\n{}", report);
				throw new IllegalStateException("The GraphQL schema has unmapped fields, registrations or arguments; "
						+ "see the report above");
			}
		});
	}

	@Bean
	GraphQlSourceBuilderCustomizer cacheParsedDocuments() {
		ParsedDocumentCache cache = new ParsedDocumentCache();
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	/** The schema inspection's report from start-up. */
	public static final class SchemaMappingReport {

		private final AtomicReference<SchemaReport> report = new AtomicReference<>();

		void set(SchemaReport value) {
			report.set(value);
		}

		public SchemaReport get() {
			return report.get();
		}

	}

}
