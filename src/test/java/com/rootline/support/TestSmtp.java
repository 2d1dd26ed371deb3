package com.rootline.support;

import java.net.ServerSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server of the test JVM (GreenMail): a real server the service sends to over a socket,
 * started on first use on a free port and kept for every test, which purge it instead. A test may
 * stop it to make the server unreachable and start it again on the same port.
 */
public final class TestSmtp {

	private static volatile GreenMail server;

	private static int port;

	private TestSmtp() {
	}

	public static synchronized int port() {
		if (server == null) {
			port = freePort();
			start();
		}
		return port;
	}

	public static synchronized void start() {
		GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		server = greenMail;
	}

	public static synchronized void stop() {
		server.stop();
	}

	public static void purge() {
		port();
		try {
			server.purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every message received since the last purge. */
	public static List<MimeMessage> received() {
		port();
		return Arrays.asList(server.getReceivedMessages());
	}

	/** The messages received for one address. */
	public static List<MimeMessage> to(String address) {
		return received().stream().filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The HTML part of a received message, as its mail client would show it; null when it has none. */
	public static String html(jakarta.mail.Part part) {
		try {
			if (part.isMimeType("text/html")) {
				return (String) part.getContent();
			}
			if (part.isMimeType("multipart/*")) {
				jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					String html = html(multipart.getBodyPart(i));
					if (html != null) {
						return html;
					}
				}
			}
			return null;
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
