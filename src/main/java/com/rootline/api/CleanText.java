package com.rootline.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What text Rootline stores: Unicode NFC (so "é" typed two ways is one value, and searches and
 * duplicates agree), without control characters other than tab and line breaks, and without lone
 * surrogates (half of a character, which storage would turn into "?"). Every GraphQL argument goes
 * through {@link #check(Object, String)} before a data fetcher sees it; REST parameters and file
 * rows through {@link #problem(String)}.
 */
public final class CleanText {

	private CleanText() {
	}

	/** Why the text cannot be stored, or null when it can. */
	public static String problem(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return "contains half of a character (a lone surrogate)";
			}
			if (Character.isLowSurrogate(c)) {
				return "contains half of a character (a lone surrogate)";
			}
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
				return String.format("contains the control character U+%04X at position %d", (int) c, i + 1);
			}
		}
		return null;
	}

	/** Normalises to NFC. */
	public static String normalize(String text) {
		return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * The argument value with every string in NFC, or a user error coded INVALID whose field is the
	 * path of the first string that cannot be stored ({@code input, addresses, 0, lines, 1}).
	 */
	static Object check(Object value, List<Object> path) {
		if (value instanceof String s) {
			String problem = problem(s);
			if (problem != null) {
				throw new UserErrorsException(
						new UserError(path.stream().map(String::valueOf).toList(), UserErrorCode.INVALID, "The text " + problem));
			}
			return normalize(s);
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(k, check(v, append(path, k))));
			return out;
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>(list.size());
			for (int i = 0; i < list.size(); i++) {
				out.add(check(list.get(i), append(path, i)));
			}
			return out;
		}
		return value;
	}

	private static List<Object> append(List<Object> path, Object step) {
		List<Object> longer = new ArrayList<>(path);
		longer.add(step);
		return longer;
	}

}
