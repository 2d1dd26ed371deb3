package com.rootline.api;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated GraphQL documents, by their text. Clients send the same few documents with
 * different variables, and parsing plus validation took about 9% of a request's CPU in a profile
 * of the load benchmark. Query limits are checked per execution with its variables
 * ({@link QueryLimitsInstrumentation}), so a cached document is still checked every time. The
 * cache is derived data: when it holds {@value #MAX_DOCUMENTS} documents it starts again.
 */
class ParsedDocumentCache implements PreparsedDocumentProvider {

	static final int MAX_DOCUMENTS = 1_000;

	private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry cached = documents.get(input.getQuery());
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (documents.size() >= MAX_DOCUMENTS) {
			documents.clear();
		}
		documents.put(input.getQuery(), entry);
		return CompletableFuture.completedFuture(entry);
	}

}
