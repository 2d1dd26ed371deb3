package com.rootline.contact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.rootline.api.MoneyUnits;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;

/**
 * Custom fields defined by the brokerage. A value is stored on the contact as the property
 * {@code cf_<key>} in its native type (MONEY as long minor units), so filters compare typed
 * values; the API reads and writes it as canonical text.
 */
@Component
class CustomFields {

	static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

	static final String PREFIX = "cf_";

	private final Statements statements;

	private final MoneyUnits money;

	CustomFields(Statements statements, MoneyUnits money) {
		this.statements = statements;
		this.money = money;
	}

	record Definition(String key, String label, Contact.CustomFieldType type, List<String> options, boolean recurring) {

		String property() {
			return PREFIX + key;
		}

	}

	/** A definition as {@code contact/custom-field-definitions} and {@code contact/define-custom-field} answer it. */
	record Stored(String key, String label, Contact.CustomFieldType type, List<String> options, Boolean recurring) {

		Definition definition() {
			return new Definition(key, label, type, options, Boolean.TRUE.equals(recurring));
		}

	}

	List<Definition> all() {
		return statements.all("contact/custom-field-definitions", Stored.class).stream().map(Stored::definition).toList();
	}

	Map<String, Definition> byKey() {
		return ContactDraft.index(all(), Definition::key);
	}

	/** The stored form of a value given as text, or empty if it does not fit the type. */
	Optional<Object> toStored(Definition def, String text) {
		String v = text.strip();
		try {
			return switch (def.type()) {
				case TEXT -> v.length() <= 2000 ? Optional.of(v) : Optional.empty();
				case NUMBER -> Optional.of(new BigDecimal(v).doubleValue());
				case MONEY -> Optional.ofNullable(money.toMinor(new BigDecimal(v)));
				case DATE -> Optional.of(LocalDate.parse(v));
				case BOOLEAN -> switch (v.toLowerCase(Locale.ROOT)) {
					case "true", "yes" -> Optional.of(Boolean.TRUE);
					case "false", "no" -> Optional.of(Boolean.FALSE);
					default -> Optional.empty();
				};
				case CHOICE -> def.options().stream().filter(o -> o.equalsIgnoreCase(v)).findFirst().map(o -> o);
			};
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** The canonical text of a stored value. */
	String toText(Definition def, Object stored) {
		return switch (stored) {
			case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
			case Long l when def.type() == Contact.CustomFieldType.MONEY -> money.fromMinor(l).toPlainString();
			case Boolean b -> b.toString();
			default -> String.valueOf(stored);
		};
	}

}
