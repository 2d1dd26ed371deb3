package com.rootline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every schema field and argument is backed by a controller method or a record property. */
class SchemaMappingTest extends IntegrationTest {

	@Autowired
	ApiConfiguration.SchemaMappingReport report;

	@Test
	void noUnmappedFieldsArgumentsOrRegistrations() {
		var r = report.get();
		assertThat(r).as("the inspection ran at start-up").isNotNull();
		assertThat(r.unmappedFields()).isEmpty();
		assertThat(r.unmappedRegistrations()).isEmpty();
		assertThat(r.unmappedArguments()).isEmpty();
		assertThat(r.skippedTypes()).isEmpty();
	}

}
