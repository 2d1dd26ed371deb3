package com.rootline.exchange;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files wait for their job, and how jobs run. With several instances the directory
 * must be shared storage, since any instance may take over a job. {@code progressInterval} is how
 * often an {@code importProgress} subscription reads the job back.
 */
@ConfigurationProperties("rootline.imports")
record ImportSettings(@DefaultValue("./data/imports") Path directory, @DefaultValue("500") int chunkSize,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("60s") Duration lease,
		@DefaultValue("500ms") Duration progressInterval) {
}
