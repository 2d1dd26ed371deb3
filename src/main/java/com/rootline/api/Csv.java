package com.rootline.api;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV rows for spreadsheets (RFC 4180 quoting, CRLF line ends). A text cell that a spreadsheet
 * would run as a formula ({@code = + - @}, tab or CR first) gets a leading apostrophe; a number
 * the service wrote itself is left as it is, since it cannot be a formula. No control character
 * is written.
 */
public final class Csv {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

	/**
	 * The text without control characters (tab and line breaks stay): stored text is clean since
	 * input is checked (CleanText), and this keeps what was stored before that out of files too.
	 */
	public static String printable(String text) {
		return CONTROL.matcher(text).find() ? CONTROL.matcher(text).replaceAll("") : text;
	}

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");

	private Csv() {
	}

	public static String row(List<?> cells) {
		return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = printable(String.valueOf(value));
		boolean number = value instanceof Number || value instanceof java.math.BigDecimal;
		if (!number && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
