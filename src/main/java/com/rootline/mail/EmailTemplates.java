package com.rootline.mail;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored templates; a template is checked when it is saved, so every stored one renders. */
@Component
public class EmailTemplates {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	EmailTemplates(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	/** Without an id a template is created; with one it is replaced, at the version the caller saw. */
	record SaveEmailTemplateInput(String id, Integer expectedVersion, String name, EmailTemplate.Purpose purpose,
			String subject, String text, String html) {
	}

	public List<EmailTemplate> all() {
		return List.copyOf(neo4j.query(queries.get("mail/templates"))
			.fetchAs(EmailTemplate.class)
			.mappedBy((t, r) -> EmailTemplate.of(r.get("template").asMap()))
			.all());
	}

	/** The templates of these ids that exist, by id, read at once (for a page of campaigns or prompts). */
	public Map<String, EmailTemplate> byIds(java.util.Collection<String> ids) {
		Map<String, EmailTemplate> found = new HashMap<>();
		all().stream().filter(t -> ids.contains(t.id())).forEach(t -> found.put(t.id(), t));
		return found;
	}

	public Optional<EmailTemplate> find(String id) {
		return neo4j.query(queries.get("mail/template"))
			.bindAll(Map.of("id", id))
			.fetchAs(EmailTemplate.class)
			.mappedBy((t, r) -> EmailTemplate.of(r.get("template").asMap()))
			.one();
	}

	/**
	 * A template of the given purpose, or a NOT_FOUND or WRONG_PURPOSE error on {@code field}: a
	 * campaign cannot send a lead notification, whose merge fields it could not fill.
	 */
	public EmailTemplate require(String id, EmailTemplate.Purpose purpose, String field) {
		EmailTemplate template = find(id).orElseThrow(
				() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No e-mail template " + id, field)));
		if (template.purpose() != purpose) {
			throw new UserErrorsException(UserError.of(UserErrorCode.WRONG_PURPOSE,
					"Template '" + template.name() + "' is for " + template.purpose() + ", not " + purpose, field));
		}
		return template;
	}

	/**
	 * @throws UserErrorsException REQUIRED, TOO_LONG, INVALID_TEMPLATE, UNKNOWN_MERGE_FIELD (naming
	 *     the part and the field), DUPLICATE_NAME, NOT_FOUND, WRONG_PURPOSE (a change of purpose),
	 *     VERSION_CONFLICT
	 */
	@Transactional
	EmailTemplate save(SaveEmailTemplateInput input) {
		Problems problems = new Problems();
		required(input.name(), "name", problems);
		required(input.subject(), "subject", problems);
		required(input.text(), "text", problems);
		if (input.purpose() == null) {
			problems.add(UserErrorCode.REQUIRED, "A template needs a purpose", "purpose");
		}
		problems.maxLength(input.name(), 100, "name")
			.maxLength(input.subject(), 300, "subject")
			.maxLength(input.text(), 100_000, "text")
			.maxLength(input.html(), 200_000, "html");
		if (input.purpose() != null) {
			check(input.subject(), "subject", input.purpose(), problems);
			check(input.text(), "text", input.purpose(), problems);
			check(input.html(), "html", input.purpose(), problems);
		}
		problems.throwIfAny();
		String name = input.name().strip();
		Optional<EmailTemplate> sameName = all().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
		if (sameName.isPresent() && !sameName.get().id().equals(input.id())) {
			throw new UserErrorsException(UserError.of(UserErrorCode.DUPLICATE_NAME, "A template named '" + name + "' exists", "name"));
		}
		Map<String, Object> props = new HashMap<>();
		props.put("name", name);
		props.put("purpose", input.purpose().name());
		props.put("subject", input.subject().strip());
		props.put("text", input.text());
		props.put("html", input.html() == null || input.html().isBlank() ? null : input.html());
		props.put("updatedAt", ZonedDateTime.now(ZoneOffset.UTC));
		if (input.id() == null) {
			return write("mail/template-create", Map.of("id", UUID.randomUUID().toString(), "props", props));
		}
		EmailTemplate current = find(input.id())
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No e-mail template " + input.id(), "id")));
		if (current.purpose() != input.purpose()) {
			// Routes, campaigns and stage prompts chose it for its purpose and render it with its fields.
			throw new UserErrorsException(UserError.of(UserErrorCode.WRONG_PURPOSE, "A template's purpose is fixed when it is created; '"
					+ current.name() + "' is for " + current.purpose(), "purpose"));
		}
		if (input.expectedVersion() == null || current.version() != input.expectedVersion()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.VERSION_CONFLICT,
					"The template is at version " + current.version() + ", not " + input.expectedVersion(), "expectedVersion"));
		}
		return write("mail/template-update", Map.of("id", input.id(), "props", props, "expectedVersion", current.version()));
	}

	private EmailTemplate write(String query, Map<String, Object> params) {
		return neo4j.query(queries.get(query))
			.bindAll(params)
			.fetchAs(EmailTemplate.class)
			.mappedBy((t, r) -> EmailTemplate.of(r.get("template").asMap()))
			.one()
			.orElseThrow(() -> new UserErrorsException(
					UserError.of(UserErrorCode.VERSION_CONFLICT, "The template changed meanwhile", "expectedVersion")));
	}

	private static void required(String value, String field, Problems problems) {
		if (value == null || value.isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "A template needs a " + field, field);
		}
	}

	private static void check(String source, String field, EmailTemplate.Purpose purpose, Problems problems) {
		for (MergeFields.Problem problem : MergeFields.problems(source, purpose.fields())) {
			problems.add(problem.code(), problem.message(), field);
		}
	}

}
