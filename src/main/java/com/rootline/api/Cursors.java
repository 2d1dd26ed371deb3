package com.rootline.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opaque Relay cursors. A cursor carries the sort key of the row it points at (keyset
 * pagination), so a page stays stable while rows are added before it. Clients must treat it as
 * an opaque string; its layout may change.
 */
public final class Cursors {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final String VERSION = "v1";

	private Cursors() {
	}

	public static String encode(Object... keys) {
		StringBuilder sb = new StringBuilder(VERSION);
		for (Object key : keys) {
			String text = key == null ? "" : String.valueOf(key);
			sb.append('.').append(ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8)));
		}
		return ENCODER.encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The keys of a cursor made by {@link #encode}, or VALIDATION_FAILED naming the argument. */
	public static List<String> decode(String cursor, int expectedKeys) {
		try {
			String raw = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
			String[] parts = raw.split("\\.", -1);
			if (!parts[0].equals(VERSION) || parts.length != expectedKeys + 1) {
				throw new IllegalArgumentException();
			}
			List<String> keys = new ArrayList<>(expectedKeys);
			for (int i = 1; i < parts.length; i++) {
				keys.add(new String(DECODER.decode(parts[i]), StandardCharsets.UTF_8));
			}
			return keys;
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED,
					"after: '" + cursor + "' is not a cursor of this list; use endCursor from a previous page");
		}
	}

}
