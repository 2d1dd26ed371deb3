package com.rootline.contact;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.PageRequest;
import com.rootline.graph.CypherQueries;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
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
	Connection<Contact> contacts(@Argument ContactFilter filter, @Argument String orderBy,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		return search.find(filter, orderBy == null ? "NAME" : orderBy, PageRequest.of(first, after, limits),
				ContactReader.depthFor(env, "edges/node"));
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<String> contactTypes() {
		return List.copyOf(neo4j.query(queries.get("contact/contact-types")).fetchAs(String.class).all());
	}

	@SchemaMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	CompletableFuture<Connection<Interaction>> interactions(Contact contact, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of(first, after, limits);
		return env.<InteractionPages.Key, Connection<Interaction>>getDataLoader(InteractionPages.LOADER)
			.load(new InteractionPages.Key(contact.id(), page.first(), page.after()));
	}

}
