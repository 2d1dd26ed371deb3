package com.rootline.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.springframework.stereotype.Component;

/**
 * Every string of every GraphQL argument, wherever it is nested, is checked and normalised by
 * {@link CleanText} before the field's data fetcher runs: one place, so no mutation added later can
 * store a NUL byte or an escape sequence, and none half-writes before refusing it.
 */
@Component
class ArgumentTextInstrumentation extends SimplePerformantInstrumentation {

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return dataFetcher;
		}
		return env -> dataFetcher.get(checked(env));
	}

	private static DataFetchingEnvironment checked(DataFetchingEnvironment env) {
		Map<String, Object> arguments = env.getArguments();
		if (arguments.isEmpty()) {
			return env;
		}
		Map<String, Object> clean = new LinkedHashMap<>();
		arguments.forEach((name, value) -> clean.put(name, CleanText.check(value, List.of(name))));
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(clean).build();
	}

}
