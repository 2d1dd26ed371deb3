package com.rootline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

import com.rootline.support.GraphQlHttp;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default run, as the README's first command starts it: no Neo4j URI, so the service starts
 * its own embedded database under the data directory; the store survives a restart and a clean
 * shutdown leaves nothing to recover.
 */
@Order(2)
class EmbeddedRunTest {

	private static final String BOOTSTRAP = "rl_readme_bootstrap_token_123456";

	@TempDir
	Path dataDir;

	@Test
	void startsOnAnEmbeddedStoreThatSurvivesARestart() throws IOException {
		int bolt = freePort();
		String tokenId;
		try (ConfigurableApplicationContext app = start(bolt)) {
			GraphQlHttp http = new GraphQlHttp(port(app));
			var health = http.send(HttpRequest.newBuilder(http.uri("/actuator/health/readiness")).build());
			assertThat(health.status()).isEqualTo(200);

			// The README's first query, with the bootstrap token.
			var me = http.post(BOOTSTRAP, "{ me { name roles } }", Map.of());
			assertThat(me.status()).isEqualTo(200);
			assertThat(me.at("me.roles").get(0).asString()).isEqualTo("ADMIN");

			var created = http.post(BOOTSTRAP,
					"mutation { createApiToken(input: {name: \"kept\", roles: [VIEWER]}) { token { id } } }", Map.of());
			tokenId = created.at("createApiToken.token.id").asString();
			assertThat(tokenId).isNotBlank();

			assertThat(listensOnlyOnLoopback(bolt)).isTrue();
			assertThat(http.send(HttpRequest.newBuilder(http.uri("/graphiql")).build()).status())
				.as("GraphiQL is off unless the dev profile turns it on")
				.isIn(401, 404);
		}
		assertThat(dataDir.resolve("data/databases/neo4j")).isDirectory();

		try (ConfigurableApplicationContext app = start(bolt)) {
			GraphQlHttp http = new GraphQlHttp(port(app));
			var tokens = http.post(BOOTSTRAP, "{ apiTokens { id name } }", Map.of());
			assertThat(tokens.json().at("/data/apiTokens").findValuesAsString("id")).contains(tokenId);
			assertThat(tokens.json().at("/data/apiTokens").findValuesAsString("name")).containsOnlyOnce("bootstrap admin");
		}
		String debugLog = Files.readString(dataDir.resolve("logs/debug.log"));
		assertThat(debugLog).as("a clean shutdown checkpoints the store")
			.contains("Checkpoint triggered by \\\"Database shutdown\\\"");
		assertThat(debugLog).doesNotContainIgnoringCase("recovery completed")
			.doesNotContain("Recovery required");
	}

	private ConfigurableApplicationContext start(int bolt) {
		// Command-line arguments, as an operator would pass them; they win over application.yml.
		return new SpringApplicationBuilder(RootlineApplication.class).run("--server.port=0", "--rootline.neo4j.uri=",
				"--rootline.neo4j.embedded.data-dir=" + dataDir, "--rootline.neo4j.embedded.bolt-port=" + bolt,
				"--rootline.bootstrap-token=" + BOOTSTRAP, "--logging.level.root=warn");
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Bolt answers on 127.0.0.1 and refuses the machine's other addresses. */
	private static boolean listensOnlyOnLoopback(int port) throws IOException {
		try (Socket loopback = new Socket()) {
			loopback.connect(new InetSocketAddress("127.0.0.1", port), 2000);
		}
		Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap(i -> Collections.list(i.getInetAddresses()).stream())
			.filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address)
			.findFirst();
		if (external.isEmpty()) {
			return true;
		}
		try (Socket other = new Socket()) {
			other.connect(new InetSocketAddress(external.get(), port), 2000);
			return false;
		}
		catch (IOException refused) {
			return true;
		}
	}

}
