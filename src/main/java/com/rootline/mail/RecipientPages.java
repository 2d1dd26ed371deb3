package com.rootline.mail;

/**
 * The small HTML pages recipients see when they follow a link of a message without a login
 * (unsubscribe, a tracked link that is not one of ours): one layout, and one answer for a link the
 * service does not know.
 */
final class RecipientPages {

	private RecipientPages() {
	}

	/** {@code title} and {@code body} are HTML: callers escape what they put in. */
	static String page(String title, String body) {
		return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
				+ "content=\"width=device-width\"><title>" + title + "</title></head><body><main><h1>" + title + "</h1>"
				+ body + "</main></body></html>";
	}

	/** The page for a link that is not one of ours, or was mistyped; it never says whose a link is. */
	static String unknownLink(String what) {
		return page("Link not recognised", "<p>This " + what + " is not one of ours, or it was mistyped.</p>");
	}

}
