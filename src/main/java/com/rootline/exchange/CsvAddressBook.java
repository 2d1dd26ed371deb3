package com.rootline.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV address book: RFC 4180 quoting, CRLF or LF, multi-line quoted cells, one header row. */
final class CsvAddressBook implements AddressBook {

	/** Maps one record of a known layout to a contact. */
	interface Layout {

		String name();

		/** The columns that can name a contact; a header with none of them is not this layout. */
		List<String> nameColumns();

		AddressBook.Entry map(long line, Cells cells);

	}

	/** The cells of one record by header name; a missing column reads as blank. */
	record Cells(CSVRecord record, Map<String, Integer> header, boolean unquoteFormulas) {

		Cells(CSVRecord record, Map<String, Integer> header) {
			this(record, header, false);
		}

		/**
		 * For files Rootline wrote: the export put an apostrophe before text that a spreadsheet would
		 * run as a formula, and reading it back takes it off again.
		 */
		Cells unquotingFormulas() {
			return new Cells(record, header, true);
		}

		String get(String column) {
			Integer i = header.get(column);
			if (i == null || i >= record.size()) {
				return null;
			}
			String value = record.get(i);
			if (unquoteFormulas && value != null && value.length() > 1 && value.charAt(0) == '\''
					&& "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
				value = value.substring(1);
			}
			return value == null || value.isBlank() ? null : value;
		}

		List<String> values() {
			return record.toList();
		}

	}

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final Layout layout;

	private final Map<String, Integer> header;

	CsvAddressBook(Reader reader, Layout layout) throws IOException {
		this.parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setAllowMissingColumnNames(true)
			.setAllowDuplicateHeaderNames(true)
			.setIgnoreEmptyLines(true)
			.get()
			.parse(reader);
		this.records = parser.iterator();
		this.layout = layout;
		this.header = parser.getHeaderMap();
		if (layout.nameColumns().stream().noneMatch(header::containsKey)) {
			parser.close();
			List<String> found = header.keySet().stream().filter(h -> h != null && !h.isBlank()).limit(8).toList();
			throw new AddressBook.Refused("The first line has none of the columns a " + layout.name()
					+ " file names people with (" + String.join(", ", layout.nameColumns()) + "); it has "
					+ (found.isEmpty() ? "no column names" : String.join(", ", found) + (header.size() > 8 ? ", ..." : ""))
					+ ". Choose the file's format, or export it again with a header row.");
		}
	}

	@Override
	public boolean hasNext() {
		return records.hasNext();
	}

	@Override
	public Entry next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		CSVRecord record = records.next();
		// The parser knows the line a record ends on; blank lines before it are skipped, and quoted
		// cells may span lines, so the first line is found by counting back the breaks inside cells.
		long breaks = 0;
		for (String value : record) {
			breaks += lineBreaks(value);
		}
		return layout.map(parser.getCurrentLineNumber() - breaks, new Cells(record, header));
	}

	private static int lineBreaks(String value) {
		int breaks = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
				breaks++;
			}
		}
		return breaks;
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

}
