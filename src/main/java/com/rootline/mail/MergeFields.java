package com.rootline.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.agent.Agent;
import com.rootline.api.UserErrorCode;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

/**
 * Renders a template's subject, text and HTML with Mustache ({@code {{firstName}}}): logic-less, so
 * a template cannot run code, and in HTML every merge value is escaped. The fields a template may
 * name are fixed per purpose ({@link EmailTemplate.Purpose#fields()}); a template naming another is
 * refused when it is saved, never at send time.
 */
public final class MergeFields {

	private static final Mustache.Compiler TEXT = Mustache.compiler().escapeHTML(false).defaultValue("");

	private static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true).defaultValue("");

	/** What a message says once its merge values are in. {@code html} is null for a text-only template. */
	public record Rendered(String subject, String text, String html) {
	}

	private MergeFields() {
	}

	/** What is wrong with a template's part, as the user error it becomes. */
	record Problem(UserErrorCode code, String message) {
	}

	/**
	 * The problems of a template's part: a syntax error, or a field its purpose does not offer
	 * (one message per unknown name, naming it).
	 */
	static List<Problem> problems(String source, Set<String> allowed) {
		if (source == null) {
			return List.of();
		}
		Template template;
		try {
			template = TEXT.compile(source);
		}
		catch (MustacheException ex) {
			return List.of(new Problem(UserErrorCode.INVALID_TEMPLATE, "The template does not parse: " + ex.getMessage()));
		}
		Set<String> unknown = new TreeSet<>();
		List<Problem> problems = new ArrayList<>();
		template.visit(new Mustache.Visitor() {
			@Override
			public void visitText(String text) {
			}

			@Override
			public void visitVariable(String name) {
				check(name);
			}

			@Override
			public boolean visitInclude(String name) {
				problems.add(new Problem(UserErrorCode.INVALID_TEMPLATE,
						"Templates cannot include other templates ({{>" + name + "}})"));
				return false;
			}

			@Override
			public boolean visitSection(String name) {
				check(name);
				return true;
			}

			@Override
			public boolean visitInvertedSection(String name) {
				check(name);
				return true;
			}

			private void check(String name) {
				if (!allowed.contains(name)) {
					unknown.add(name);
				}
			}
		});
		unknown.forEach(name -> problems.add(new Problem(UserErrorCode.UNKNOWN_MERGE_FIELD,
				"Unknown merge field {{" + name + "}}; this template may use " + allowed)));
		return problems;
	}

	/**
	 * The fields every message to a contact has: their names, and the signing agent's name, address,
	 * phone and signature ({@code signer} null signs with the brokerage's name).
	 */
	public static Map<String, String> toContact(String firstName, String lastName, Agent signer, String brokerage) {
		Map<String, String> values = new HashMap<>();
		values.put("firstName", firstName);
		values.put("lastName", lastName);
		values.put("fullName", ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip());
		values.put("agentName", signer == null ? brokerage : signer.name());
		if (signer != null) {
			values.put("agentEmail", signer.email());
			values.put("agentPhone", signer.phone());
			values.put("agentSignature", signer.signature());
		}
		values.put("brokerage", brokerage);
		return values;
	}

	/** Whether a template's part places the named field. */
	public static boolean uses(String source, String field) {
		if (source == null) {
			return false;
		}
		boolean[] found = { false };
		TEXT.compile(source).visit(new Mustache.Visitor() {
			@Override
			public void visitText(String text) {
			}

			@Override
			public void visitVariable(String name) {
				found[0] |= name.equals(field);
			}

			@Override
			public boolean visitInclude(String name) {
				return false;
			}

			@Override
			public boolean visitSection(String name) {
				return true;
			}

			@Override
			public boolean visitInvertedSection(String name) {
				return true;
			}
		});
		return found[0];
	}

	/** Renders a saved (so checked) template with the values of one message. */
	public static Rendered render(EmailTemplate template, Map<String, String> values) {
		Map<String, String> context = new LinkedHashMap<>();
		template.purpose().fields().forEach(f -> context.put(f, null));
		values.forEach((k, v) -> context.put(k, v == null || v.isBlank() ? null : v));
		String subject = TEXT.compile(template.subject()).execute(context).strip().replaceAll("[\\r\\n]+", " ");
		String text = TEXT.compile(template.text()).execute(context);
		String html = template.html() == null ? null : HTML.compile(template.html()).execute(context);
		return new Rendered(subject, text, html);
	}

}
