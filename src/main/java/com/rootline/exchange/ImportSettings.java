package com.rootline.exchange;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files wait for their job, and how jobs run. With several instances the directory
 * must be shared storage, since any instance may take over a job. {@code progressInterval} is how
 * often an {@code importProgress} subscription reads the job back. A chunk's transaction has its own
 * timeout ({@code chunkTimeout}, not the request timeout), and a chunk or a batch of links that
 * times out or fails transiently is tried again, {@code stepAttempts} times in all, before the job
 * fails; a failed job keeps its file and can be resumed.
 */
@ConfigurationProperties("rootline.imports")
record ImportSettings(@DefaultValue("./data/imports") Path directory, @DefaultValue("500") int chunkSize,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("60s") Duration lease,
		@DefaultValue("500ms") Duration progressInterval, @DefaultValue("5m") Duration chunkTimeout,
		@DefaultValue("6") int stepAttempts) {
}
