package com.rootline.exchange;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.rootline.api.ApiException;
import com.rootline.api.ErrorCode;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactFilter;

/**
 * The {@code contacts} filter as query parameters of the export URLs, named as in the GraphQL
 * input ({@code ?group=Buyers&statusLevel=A&customField.key=budget&customField.equals=500000}).
 * An unknown parameter is an error rather than silently ignored: an export that quietly drops a
 * misspelt filter would send the whole database to a mail house.
 */
final class ExportFilter {

	private static final Set<String> KNOWN = Set.of("search", "group", "tag", "statusLevel", "levelDisagrees", "active", "contactType",
			"birthdayMonth", "createdFrom", "createdTo", "ownerId", "archived", "customField.key", "customField.equals");


	private ExportFilter() {
	}

	static ContactFilter from(Map<String, String> params) {
		for (String name : params.keySet()) {
			if (!KNOWN.contains(name)) {
				throw invalid(name, "not a filter; use " + String.join(", ", KNOWN.stream().sorted().toList()));
			}
		}
		Contact.StatusLevel statusLevel = params.get("statusLevel") == null ? null
				: Contact.StatusLevel.parse(params.get("statusLevel"))
					.orElseThrow(() -> invalid("statusLevel", "'" + params.get("statusLevel") + "' is not one of A, B, C"));
		String key = params.get("customField.key");
		String equals = params.get("customField.equals");
		if ((key == null) != (equals == null)) {
			throw invalid(key == null ? "customField.key" : "customField.equals",
					"customField.key and customField.equals go together");
		}
		return new ContactFilter(params.get("search"), params.get("group"), params.get("tag"), statusLevel,
				bool(params, "active"), params.get("contactType"),
				key == null ? null : new ContactFilter.CustomFieldFilter(key, equals), month(params),
				dateTime(params, "createdFrom"), dateTime(params, "createdTo"), params.get("ownerId"),
				Boolean.TRUE.equals(bool(params, "archived")), bool(params, "levelDisagrees"));
	}

	private static Boolean bool(Map<String, String> params, String name) {
		String value = params.get(name);
		if (value == null) {
			return null;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw invalid(name, "'" + value + "' is not true or false");
		};
	}

	private static Integer month(Map<String, String> params) {
		String value = params.get("birthdayMonth");
		try {
			return value == null ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw invalid("birthdayMonth", "'" + value + "' is not a month number (1 to 12)");
		}
	}

	private static OffsetDateTime dateTime(Map<String, String> params, String name) {
		String value = params.get(name);
		try {
			return value == null ? null : OffsetDateTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw invalid(name, "'" + value + "' is not an ISO date-time such as 2026-01-01T00:00:00Z");
		}
	}

	private static ApiException invalid(String name, String message) {
		return new ApiException(ErrorCode.VALIDATION_FAILED, "filter." + name + ": " + message);
	}

}
