package com.rootline.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.PageRequest;
import com.rootline.graph.CypherQueries;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code Contact} type and the queries that return contacts. */
@Controller
class ContactController {

	private final ContactReader reader;

	private final ContactSearch search;

	private final ApiLimits limits;

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	ContactController(ContactReader reader, ContactSearch search, ApiLimits limits, Neo4jClient neo4j,
			CypherQueries queries) {
		this.reader = reader;
		this.search = search;
		this.limits = limits;
		this.neo4j = neo4j;
		this.queries = queries;
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	Contact contact(@Argument String id, DataFetchingEnvironment env) {
		return reader.findAll(List.of(id), ContactReader.depthFor(env, "")).get(id);
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	Connection<Contact> contacts(@Argument ContactFilter filter, @Argument ContactSearch.Order orderBy,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		return search.find(filter, orderBy == null ? ContactSearch.Order.NAME : orderBy, PageRequest.of(first, after, limits),
				ContactReader.depthFor(env, "edges/node"));
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<String> contactTypes() {
		return List.copyOf(neo4j.query(queries.get("contact/contact-types")).fetchAs(String.class).all());
	}

	record PossibleDuplicate(Contact contact, String reason, java.time.ZonedDateTime recordedAt) {
	}

	private record DuplicateRow(String id, String otherId, String reason, java.time.ZonedDateTime recordedAt) {
	}

	@BatchMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Contact, List<PossibleDuplicate>> possibleDuplicates(List<Contact> contacts) {
		List<DuplicateRow> rows = List.copyOf(neo4j.query(queries.get("contact/possible-duplicates-of"))
			.bind(contacts.stream().map(Contact::id).toList())
			.to("ids")
			.fetchAs(DuplicateRow.class)
			.mappedBy((t, r) -> new DuplicateRow(r.get("id").asString(), r.get("otherId").asString(),
					r.get("reason").asString(), r.get("recordedAt").asZonedDateTime()))
			.all());
		Map<String, Contact> others = reader.findAll(rows.stream().map(DuplicateRow::otherId).distinct().toList());
		Map<Contact, List<PossibleDuplicate>> result = new LinkedHashMap<>();
		for (Contact contact : contacts) {
			result.put(contact, rows.stream()
				.filter(r -> r.id().equals(contact.id()) && others.containsKey(r.otherId()))
				.map(r -> new PossibleDuplicate(others.get(r.otherId()), r.reason(), r.recordedAt()))
				.toList());
		}
		return result;
	}

	@SchemaMapping(typeName = "Contact")
	@PreAuthorize("hasRole('AGENT')")
	CompletableFuture<Connection<Interaction>> interactions(Contact contact, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of(first, after, limits);
		return env.<InteractionPages.Key, Connection<Interaction>>getDataLoader(InteractionPages.LOADER)
			.load(new InteractionPages.Key(contact.id(), page.first(), page.after()));
	}

}
