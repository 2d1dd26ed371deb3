package com.rootline.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that well-behaved clients refuse to send (bad
 * encodings, oversized headers, malformed request lines). Each request closes its connection.
 */
public final class RawHttp {

	public record Response(int status, Map<String, String> headers, String body) {
	}

	private RawHttp() {
	}

	public static Response send(int port, byte[] request) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(15_000);
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			socket.shutdownOutput();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Response parse(byte[] raw) throws IOException {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IOException("No complete response: " + text);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
		}
		byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] dechunk(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		InputStream in = new java.io.ByteArrayInputStream(body);
		try {
			while (true) {
				StringBuilder size = new StringBuilder();
				int c;
				while ((c = in.read()) != -1 && c != '\n') {
					if (c != '\r') {
						size.append((char) c);
					}
				}
				String hex = size.toString().split(";")[0].strip();
				if (hex.isEmpty()) {
					return out.toByteArray();
				}
				int n = Integer.parseInt(hex, 16);
				if (n == 0) {
					return out.toByteArray();
				}
				out.write(in.readNBytes(n));
				in.read();
				in.read();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
