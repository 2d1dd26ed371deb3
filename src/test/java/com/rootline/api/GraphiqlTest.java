package com.rootline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The dev GraphiQL page loads nothing from outside the service. */
class GraphiqlTest extends IntegrationTest {

	@Test
	void pageAndEveryAssetItReferencesAreServedLocally() {
		var page = http.send(HttpRequest.newBuilder(http.uri("/graphiql")).build());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("http://", "https://", "//unpkg", "//cdn");
		Matcher assets = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"").matcher(page.body());
		int found = 0;
		while (assets.find()) {
			found++;
			var asset = http.send(HttpRequest.newBuilder(http.uri(assets.group(1))).build());
			assertThat(asset.status()).as(assets.group(1)).isEqualTo(200);
			assertThat(asset.body().length()).as(assets.group(1)).isGreaterThan(1000);
		}
		assertThat(found).isEqualTo(4);
	}

}
