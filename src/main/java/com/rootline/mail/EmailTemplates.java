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
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored templates; a template is checked when it is saved, so every stored one renders. */
@Component
public class EmailTemplates {

	private final Statements statements;

	EmailTemplates(Statements statements) {
		this.statements = statements;
	}

	/** Without an id a template is created; with one it is replaced, at the version the caller saw. */
	record SaveEmailTemplateInput(String id, Integer expectedVersion, String name, EmailTemplate.Purpose purpose,
			String subject, String text, String html) {
	}

	public List<EmailTemplate> all() {
		return statements.all("mail/templates", EmailTemplate.Row.class).stream().map(EmailTemplate.Row::template).toList();
	}

	/** The templates of these ids that exist, by id, read at once (for a page of campaigns or prompts). */
	public Map<String, EmailTemplate> byIds(java.util.Collection<String> ids) {
		Map<String, EmailTemplate> found = new HashMap<>();
		all().stream().filter(t -> ids.contains(t.id())).forEach(t -> found.put(t.id(), t));
		return found;
	}

	public Optional<EmailTemplate> find(String id) {
		return statements.one("mail/template", new Id(id), EmailTemplate.Row.class).map(EmailTemplate.Row::template);
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
		Content content = new Content(name, input.purpose(), input.subject().strip(), input.text(),
				input.html() == null || input.html().isBlank() ? null : input.html(), ZonedDateTime.now(ZoneOffset.UTC));
		if (input.id() == null) {
			return write("mail/template-create", new Write(UUID.randomUUID().toString(), content, 1));
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
		return write("mail/template-update", new Write(input.id(), content, current.version()));
	}

	private record Id(String id) {
	}

	/** A template's content as saved; a template without HTML has none stored. */
	private record Content(String name, EmailTemplate.Purpose purpose, String subject, String text, String html,
			ZonedDateTime updatedAt) implements Statements.Inline {
	}

	private record Write(String id, Content content, long expectedVersion) {
	}

	private EmailTemplate write(String statement, Write write) {
		return statements.one(statement, write, EmailTemplate.Row.class)
			.map(EmailTemplate.Row::template)
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
