package com.rootline.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that protect the service from abusive or accidental expensive requests. Each breach is
 * answered with {@code LIMIT_EXCEEDED} before any data is read. Complexity counts every selected
 * field once per object it will be resolved on, so a field under {@code first: 100} inside
 * another {@code first: 100} counts 10,000 times.
 */
@ConfigurationProperties("rootline.limits")
public record ApiLimits(@DefaultValue("15") int maxDepth, @DefaultValue("25000") int maxComplexity,
		@DefaultValue("100") int maxPageSize, @DefaultValue("20") int defaultPageSize,
		@DefaultValue("30") int maxAliases, @DefaultValue("3000") int maxTokens,
		@DefaultValue("20000") int maxQueryCharacters, @DefaultValue("10s") Duration requestTimeout) {
}
