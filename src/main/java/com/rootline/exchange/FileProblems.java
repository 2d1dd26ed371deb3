package com.rootline.exchange;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failure to read an uploaded file, told for the person who made the file: the line, what is
 * wrong and what to do. The parsers' own messages name Java classes and internals, so they are
 * read for the line number and never shown.
 */
final class FileProblems {

	private static final Pattern LINE = Pattern.compile("line:?\\s*([\\d,]+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern POSITION = Pattern.compile("position:?\\s*([\\d,]+)", Pattern.CASE_INSENSITIVE);

	private FileProblems() {
	}

	static String describe(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof AddressBook.Refused refused) {
				return refused.getMessage();
			}
			String message = t.getMessage() == null ? "" : t.getMessage();
			String lower = message.toLowerCase(Locale.ROOT);
			Matcher line = LINE.matcher(message);
			String at = line.find() ? "Line " + line.group(1).replace(",", "") : "The file";
			if (lower.contains("eof reached before encapsulated token")) {
				return at + ": a quoted value is not closed (a \" without its closing \"). "
						+ "Close the quote, or remove it, and upload the file again.";
			}
			if (lower.contains("between encapsulated token and delimiter")) {
				Matcher position = POSITION.matcher(message);
				String column = position.find() ? ", character " + position.group(1).replace(",", "") : "";
				return at + column + ": text follows a closing quote before the next comma. "
						+ "Put the whole value inside the quotes and upload the file again.";
			}
			if (t instanceof java.nio.charset.CharacterCodingException) {
				return "The file's characters could not be read: save it as UTF-8 and upload it again.";
			}
		}
		return "The file could not be read as an address book: check that it is the format chosen "
				+ "and upload it again.";
	}

}
