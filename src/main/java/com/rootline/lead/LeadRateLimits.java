package com.rootline.lead;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fixed one-minute windows per site key and per client address. The counts live in this instance's
 * memory: a limit guards this instance's capacity, so with N instances a site may post up to N
 * times its limit, which is what N instances can take. Nothing is lost when an instance restarts.
 */
@Component
class LeadRateLimits {

	private final int perKey;

	private final int perAddress;

	private final Clock clock;

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	@Autowired
	LeadRateLimits(@Value("${rootline.leads.per-key-per-minute:600}") int perKey,
			@Value("${rootline.leads.per-address-per-minute:20}") int perAddress) {
		this(perKey, perAddress, Clock.systemUTC());
	}

	LeadRateLimits(int perKey, int perAddress, Clock clock) {
		this.perKey = perKey;
		this.perAddress = perAddress;
		this.clock = clock;
	}

	private record Window(long minute, AtomicInteger count) {
	}

	/** Counts a request; 0 when it may pass, else the seconds until it may be tried again. */
	long take(String siteKey, String address) {
		long now = clock.millis();
		long minute = now / 60_000;
		boolean keyOk = count("k:" + siteKey, minute) <= perKey;
		boolean addressOk = count("a:" + address, minute) <= perAddress;
		if (windows.size() > 100_000) {
			windows.values().removeIf(w -> w.minute() < minute);
		}
		return keyOk && addressOk ? 0 : Math.max(1, (minute + 1) * 60_000 - now + 999) / 1000;
	}

	private int count(String key, long minute) {
		Window window = windows.compute(key, (k, w) -> w == null || w.minute() != minute
				? new Window(minute, new AtomicInteger()) : w);
		return window.count().incrementAndGet();
	}

}
