package com.rootline.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads address-book files whatever produced them: UTF-8 with or without a byte-order mark,
 * UTF-16 (Outlook's "Unicode" export) with or without one, and Windows-1252 (older Outlook and
 * Excel), told apart by the BOM, by zero bytes, and by whether the bytes are valid UTF-8.
 */
final class TextFiles {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextFiles() {
	}

	record Encoding(Charset charset, int bomLength) {
	}

	static Encoding detect(Path file) throws IOException {
		byte[] head = new byte[4096];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return new Encoding(StandardCharsets.UTF_8, 3);
		}
		if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return new Encoding(StandardCharsets.UTF_16LE, 2);
		}
		if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return new Encoding(StandardCharsets.UTF_16BE, 2);
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < n; i++) {
			if (head[i] == 0) {
				if (i % 2 == 0) {
					evenZeros++;
				}
				else {
					oddZeros++;
				}
			}
		}
		if (oddZeros > n / 4) {
			return new Encoding(StandardCharsets.UTF_16LE, 0);
		}
		if (evenZeros > n / 4) {
			return new Encoding(StandardCharsets.UTF_16BE, 0);
		}
		return new Encoding(isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
	}

	/** Streams the whole file through a strict decoder: one bad sequence anywhere means it is not UTF-8. */
	private static boolean isUtf8(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
			char[] buffer = new char[65536];
			while (reader.read(buffer) >= 0) {
				// reading is the check
			}
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	static BufferedReader open(Path file, Encoding encoding) throws IOException {
		InputStream in = Files.newInputStream(file);
		in.skipNBytes(encoding.bomLength());
		return new BufferedReader(new InputStreamReader(in, encoding.charset()), 65536);
	}

}
