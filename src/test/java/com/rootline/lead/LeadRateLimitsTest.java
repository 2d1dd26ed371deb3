package com.rootline.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The one-minute windows per site key and per client address, on a clock the test moves. */
class LeadRateLimitsTest {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T10:00:10Z"));

	private final Clock clock = new Clock() {
		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now.get();
		}
	};

	@Test
	void anAddressOverItsLimitWaitsForTheNextMinuteAndOthersDoNot() {
		LeadRateLimits limits = new LeadRateLimits(100, 3, clock);
		for (int i = 0; i < 3; i++) {
			assertThat(limits.take("pk_a", "10.0.0.1")).isZero();
		}
		assertThat(limits.take("pk_a", "10.0.0.1")).as("50 s left in the minute").isEqualTo(50);
		assertThat(limits.take("pk_a", "10.0.0.2")).as("another address").isZero();
		now.set(Instant.parse("2026-12-03T10:01:00Z"));
		assertThat(limits.take("pk_a", "10.0.0.1")).as("a new minute").isZero();
	}

	@Test
	void aKeyOverItsLimitIsRefusedFromEveryAddress() {
		LeadRateLimits limits = new LeadRateLimits(2, 100, clock);
		assertThat(limits.take("pk_b", "10.0.0.1")).isZero();
		assertThat(limits.take("pk_b", "10.0.0.2")).isZero();
		now.set(Instant.parse("2026-12-03T10:00:59.500Z"));
		assertThat(limits.take("pk_b", "10.0.0.3")).as("rounded up to a whole second").isEqualTo(1);
		assertThat(limits.take("pk_c", "10.0.0.3")).as("another key").isZero();
	}

}
