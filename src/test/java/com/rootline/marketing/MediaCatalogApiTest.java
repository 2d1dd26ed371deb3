package com.rootline.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.rootline.support.GraphQlHttp.Response;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Media types and outlets as marketing keeps them: what a change keeps, clears and refuses. */
class MediaCatalogApiTest extends IntegrationTest {

	private static final String UPDATE = "mutation($input: UpdateMediaOutletInput!) { updateMediaOutlet(input: $input) { "
			+ "outlet { id name website notes active mediaType { key } } userErrors { field code } } }";

	@Test
	void anOutletChangeKeepsWhatIsNotGivenClearsWhatIsGivenBlankAndRefusesATakenName() {
		Response type = ok(MARKETING, "mutation { createMediaType(input: {key: \"podcast ads\", name: \"Podcasts\"}) { "
				+ "mediaType { id key } userErrors { code } } }", Map.of());
		assertThat(type.at("createMediaType.mediaType.key").asString()).isEqualTo("PODCAST_ADS");
		String typeId = type.at("createMediaType.mediaType.id").asString();
		String create = "mutation($input: CreateMediaOutletInput!) { createMediaOutlet(input: $input) { "
				+ "outlet { id name website notes active } userErrors { field code } } }";
		JsonNode created = ok(MARKETING, create, Map.of("input", Map.of("mediaTypeId", typeId, "name", "Realty Talk",
				"website", " https://realty.example ", "notes", "Tuesdays"))).at("createMediaOutlet.outlet");
		String id = created.path("id").asString();
		assertThat(created.path("website").asString()).isEqualTo("https://realty.example");
		assertThat(created.path("active").asBoolean()).isTrue();
		ok(MARKETING, create, Map.of("input", Map.of("mediaTypeId", typeId, "name", "Home Hour")));

		JsonNode renamed = ok(MARKETING, UPDATE, Map.of("input", Map.of("id", id, "name", "Realty Talk Weekly")))
			.at("updateMediaOutlet.outlet");
		assertThat(renamed.path("name").asString()).isEqualTo("Realty Talk Weekly");
		assertThat(renamed.path("website").asString()).as("not given: kept").isEqualTo("https://realty.example");
		assertThat(renamed.path("notes").asString()).isEqualTo("Tuesdays");
		assertThat(renamed.path("mediaType").path("key").asString()).isEqualTo("PODCAST_ADS");

		JsonNode cleared = ok(MARKETING, UPDATE, Map.of("input", Map.of("id", id, "website", " ", "active", false)))
			.at("updateMediaOutlet.outlet");
		assertThat(cleared.path("website").isNull()).as("given blank: removed").isTrue();
		assertThat(cleared.path("notes").asString()).isEqualTo("Tuesdays");
		assertThat(cleared.path("active").asBoolean()).isFalse();
		assertThat(count("MATCH (o:MediaOutlet {id: '" + id + "'}) WHERE o.website IS NULL RETURN count(o)")).isOne();

		Response taken = ok(MARKETING, UPDATE, Map.of("input", Map.of("id", id, "name", "home hour")));
		assertThat(taken.at("updateMediaOutlet.userErrors/0/code").asString()).isEqualTo("DUPLICATE_NAME");
		assertThat(ok("{ mediaOutlets(filter: {search: \"weekly\"}) { name active } }", Map.of()).at("mediaOutlets/0/name")
			.asString()).isEqualTo("Realty Talk Weekly");
		assertThat(ok("{ mediaTypes { key outlets { name } } }", Map.of()).at("mediaTypes").findValuesAsString("name"))
			.contains("Home Hour", "Realty Talk Weekly");
	}

}
