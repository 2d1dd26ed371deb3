package com.rootline.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Which links of a message are tracked, and that the click endpoint finds each again by its number. */
class TrackedHtmlTest {

	private static final String UNSUBSCRIBE = "https://rootline.example/unsubscribe/u1";

	private static final String HTML = """
			<html><body><p><A HREF='HTTPS://Homes.example/a?x=1&amp;y=2'>a</A>
			<a href="/relative">relative</a> <a href="mailto:ann@example.com">mail</a> <a>no href</a>
			<a href="https://homes.example/b&#10;evil">control</a>
			<a href="https://rootline.example/unsubscribe/u1">unsubscribe</a> <a href="http://homes.example/c">c</a>
			<!-- <a href="https://commented.example">x</a> --></p></body></html>""";

	@Test
	void webLinksAreNumberedInDocumentOrderAndTheRestLeftAlone() {
		assertThat(TrackedHtml.links(HTML, UNSUBSCRIBE)).containsExactly("HTTPS://Homes.example/a?x=1&y=2",
				"http://homes.example/c");
		Document tracked = Jsoup.parse(TrackedHtml.tracked(HTML, UNSUBSCRIBE, "https://rootline.example", "t1"));
		assertThat(tracked.select("a[href]").eachAttr("href")).containsExactly("https://rootline.example/mail/c/t1/0",
				"/relative", "mailto:ann@example.com", "https://homes.example/b\nevil", UNSUBSCRIBE,
				"https://rootline.example/mail/c/t1/1");
		assertThat(tracked.select("img").eachAttr("src")).containsExactly("https://rootline.example/mail/o/t1.gif");
		assertThat(tracked.select("p").first().text()).startsWith("a relative mail no href");
	}

	@Test
	void aFragmentBecomesADocumentWithTheSameText() {
		String tracked = TrackedHtml.tracked("<p>Hi <b>Olive</b></p>", null, "https://r.example", "t2");
		assertThat(Jsoup.parse(tracked).body().text()).isEqualTo("Hi Olive");
		assertThat(TrackedHtml.links(tracked, null)).isEqualTo(List.of());
	}

}
