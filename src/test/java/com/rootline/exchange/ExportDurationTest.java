package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * An export is as long as the store: a backup of a million contacts takes minutes. It is written on
 * the request's own thread, so no asynchronous request timeout (Spring MVC's, the container's 30 s)
 * cuts it short after the 200 was sent — which left a well-formed, silently truncated backup (a
 * quarter of a million rows of a million). Here that timeout is a millisecond, shorter than any
 * export.
 */
@TestPropertySource(properties = "spring.mvc.async.request-timeout=1ms")
class ExportDurationTest extends IntegrationTest {

	@Test
	void anExportOutlastingTheAsyncTimeoutIsComplete() throws Exception {
		try (var session = driver.session()) {
			session.run("""
					UNWIND range(1, 1200) AS i
					CREATE (:Contact {id: 'x' + i, firstName: 'Row', lastName: toString(i), displayName: 'Row ' + i,
					        nameKey: 'row ' + right('0000' + toString(i), 4), createdAt: datetime(), createdKey: 'x' + i,
					        version: 0, active: false})""").consume();
		}
		for (String export : new String[] { "contacts.csv", "contacts.vcf" }) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/exports/" + export))
					.header("Authorization", "Bearer " + AGENT)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(export).isEqualTo(200);
			long rows = export.endsWith(".csv") ? response.body().lines().count() - 1
					: response.body().lines().filter("BEGIN:VCARD"::equals).count();
			assertThat(rows).as(export + ": every contact").isEqualTo(1200);
		}
		assertThat(count("MATCH (c:Contact) RETURN count(c)", Map.of())).isEqualTo(1200);
	}

}
