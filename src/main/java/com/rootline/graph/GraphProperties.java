package com.rootline.graph;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. With {@code uri} blank the service starts its own embedded Neo4j under
 * {@code embedded.dataDir}; with a URI it connects to that server and starts nothing. Start-up waits
 * up to {@code startupWait} for the database to serve (an embedded store recovering after a crash,
 * a cluster electing a leader) before it gives up.
 */
@ConfigurationProperties("rootline.neo4j")
public record GraphProperties(String uri, @DefaultValue("neo4j") String username, String password,
		@DefaultValue Embedded embedded, @DefaultValue Migrations migrations,
		@DefaultValue("5m") Duration startupWait) {

	public boolean external() {
		return uri != null && !uri.isBlank();
	}

	public record Embedded(@DefaultValue("./data") Path dataDir, @DefaultValue("7687") int boltPort) {
	}

	public record Migrations(@DefaultValue("60s") Duration lockWait, @DefaultValue("10m") Duration staleLockAfter) {
	}

}
