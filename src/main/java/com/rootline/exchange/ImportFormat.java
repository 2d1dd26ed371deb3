package com.rootline.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The address-book formats an import reads; AUTO looks at the file. */
enum ImportFormat {

	AUTO, GOOGLE_CSV, OUTLOOK_CSV, VCARD, ROOTLINE_CSV;

	/** The format of a file from its first line: a vCard signature or the CSV header's columns. */
	static ImportFormat detect(Path file, TextFiles.Encoding encoding) throws IOException {
		String first;
		try (BufferedReader reader = TextFiles.open(file, encoding)) {
			first = reader.readLine();
		}
		if (first == null) {
			return null;
		}
		String header = first.strip().toLowerCase(Locale.ROOT);
		if (header.startsWith("begin:vcard")) {
			return VCARD;
		}
		if (header.contains("rootline id") || header.contains("referred by")) {
			return ROOTLINE_CSV;
		}
		if (header.contains("e-mail 1 - value") || header.contains("phone 1 - value") || header.contains("labels")) {
			return GOOGLE_CSV;
		}
		if (header.contains("e-mail address") || header.contains("home street") || header.contains("business phone")) {
			return OUTLOOK_CSV;
		}
		return null;
	}

}
