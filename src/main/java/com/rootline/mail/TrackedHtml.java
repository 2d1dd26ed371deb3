package com.rootline.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML part of a message to a contact, as sent with engagement tracking: each web link goes
 * through {@code /mail/c/<token>/<n>} (n counts the message's web links in document order, so the
 * click endpoint finds the target in the stored HTML again instead of trusting a URL it is given:
 * no open redirect), and a one-pixel image {@code /mail/o/<token>.gif} marks an open when the mail
 * client loads images. The unsubscribe link stays as it is. No server: a parsed document in, a
 * document out.
 */
final class TrackedHtml {

	private TrackedHtml() {
	}

	/** The web links a recipient can follow, in document order, without the unsubscribe link. */
	static List<String> links(String html, String unsubscribeUrl) {
		return anchors(Jsoup.parse(html), unsubscribeUrl).stream().map(a -> a.attr("href").strip()).toList();
	}

	/** The HTML with its web links going through {@code base}/mail/c and the open pixel at its end. */
	static String tracked(String html, String unsubscribeUrl, String base, String token) {
		Document document = Jsoup.parse(html);
		document.outputSettings().prettyPrint(false);
		List<Element> anchors = anchors(document, unsubscribeUrl);
		for (int n = 0; n < anchors.size(); n++) {
			anchors.get(n).attr("href", base + "/mail/c/" + token + "/" + n);
		}
		document.body()
			.appendElement("img")
			.attr("src", base + "/mail/o/" + token + ".gif")
			.attr("width", "1")
			.attr("height", "1")
			.attr("alt", "")
			.attr("style", "display:block;border:0;width:1px;height:1px");
		return document.outerHtml();
	}

	private static List<Element> anchors(Document document, String unsubscribeUrl) {
		List<Element> anchors = new ArrayList<>();
		for (Element a : document.select("a[href]")) {
			String href = a.attr("href").strip();
			String lower = href.toLowerCase(Locale.ROOT);
			// A link with control characters could not be a Location header; it is left as it is.
			if ((lower.startsWith("https://") || lower.startsWith("http://")) && !href.equals(unsubscribeUrl)
					&& href.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f)) {
				anchors.add(a);
			}
		}
		return anchors;
	}

}
