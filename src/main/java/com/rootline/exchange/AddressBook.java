package com.rootline.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import com.rootline.contact.ContactImports;

/** A file being read one contact at a time, never whole. */
interface AddressBook extends Iterator<AddressBook.Entry>, Closeable {

	/**
	 * One contact of the file. {@code line} is where it starts (for a vCard, the card's number);
	 * {@code referredBy}/{@code leadSource} are only in Rootline CSV; {@code problems} are what could
	 * not even be read.
	 */
	record Entry(long line, ContactImports.Row row, String referredBy, String referredOn, String leadSource,
			List<ContactImports.Problem> problems) {
	}

	/** A file refused before any row is read; the message is written for the person who sent it. */
	final class Refused extends IOException {

		Refused(String message) {
			super(message);
		}

	}

	static AddressBook open(Path file, ImportFormat format, TextFiles.Encoding encoding) throws IOException {
		return switch (format) {
			case VCARD -> new VcardAddressBook(TextFiles.open(file, encoding));
			case GOOGLE_CSV -> new CsvAddressBook(TextFiles.open(file, encoding), new GoogleCsv());
			case OUTLOOK_CSV -> new CsvAddressBook(TextFiles.open(file, encoding), new OutlookCsv());
			case ROOTLINE_CSV -> new CsvAddressBook(TextFiles.open(file, encoding), new RootlineCsv());
			case AUTO -> throw new IllegalArgumentException("detect the format first");
		};
	}

	/** Identifies a source row across re-runs of the same file, for rows that carry no other key. */
	static String fingerprint(String format, Iterable<String> values) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(format.getBytes(StandardCharsets.UTF_8));
			for (String value : values) {
				digest.update((byte) 0);
				digest.update((value == null ? "" : value.strip()).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
